# str(SyntaxError): msg (file, line N) and the forms without file or line.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(str(SyntaxError("m", ("/a/b/c.py", 2, 1, "t"))))
print(str(SyntaxError("m", ("c.py", 2, 1, "t"))))
print(str(SyntaxError("m", (None, 2, 1, "t"))))
print(str(SyntaxError("m", ("c.py", None, 1, "t"))))
print(str(SyntaxError("m", ("c.py", "2", 1, "t"))))
print(str(SyntaxError("m", ("c.py", True, 1, "t"))))
print(str(SyntaxError("m", (b"c.py", 4, 1, "t"))))
print(str(SyntaxError(5, ("dir/", 3, 1, "t"))))
print(repr(str(SyntaxError())), str(SyntaxError("plain")), str(SyntaxError("a", "b", "c")))
print(repr(SyntaxError("m", ("c.py", 2, 1, "t"))))
e = SyntaxError("m")
e.filename = "x/y.py"
print(str(e))
e.lineno = 9
print(str(e))
e.msg = None
print(str(e))
print(str(IndentationError("expected an indented block", ("z.py", 5, 1, "x"))))
