# SyntaxError's fields from (msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
e = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.print_file_and_line)
e = SyntaxError("bad", ("f.py", 3, 5, "x", 3, 7))
print(e.end_lineno, e.end_offset, e.args)
e = SyntaxError("bad", ["f.py", 1, 2, "t"])
print(e.filename, e.args)
e = SyntaxError()
print(e.msg, e.filename, e.lineno, e.args)
e = SyntaxError("only msg")
print(e.msg, e.filename, e.args)
e = SyntaxError("a", "b", "c")
print(e.msg, e.filename, e.args)
t("short", lambda: SyntaxError("a", (1, 2)))
t("long", lambda: SyntaxError("a", (1, 2, 3, 4, 5, 6, 7)))
t("five", lambda: SyntaxError("a", (1, 2, 3, 4, 5)))
t("not seq", lambda: SyntaxError("a", 5))
t("kw", lambda: SyntaxError("a", lineno=1))
e.lineno = 12
e.msg = "new"
print(e.lineno, e.msg)
e = IndentationError("unexpected indent", ("g.py", 2, 4, "    x\n"))
print(type(e).__name__, e.msg, e.lineno, isinstance(e, SyntaxError))
e = TabError("tabs", ("h.py", 1, 1, "\tx"))
print(type(e).__name__, e.filename, isinstance(e, IndentationError))
try:
    compile("x = = 1", "<src>", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset, repr(err.text))
