# Empty bodies: pass, ellipsis, docstring-only bodies; conditional definitions; one-line compound statements.
def nothing():
    pass
def ellipsis_body():
    ...
def doc_only():
    """Only a docstring."""
class Empty:
    pass
class DocOnly:
    "docstring body"
print(nothing(), ellipsis_body(), doc_only(), Empty.__name__, DocOnly.__doc__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
with open_cm() if False else type("CM", (), {"__enter__": lambda s: None, "__exit__": lambda s, *a: None})():
    pass
print("all empty bodies ran")
if True: print("one-line if")
for i in range(2): print("one-line for", i)
while False: print("never")
x = 1; y = 2; print("semicolons", x + y)
def one_liner(): return "one-line def"
print(one_liner())
class OneLine: attr = "one-line class"
print(OneLine.attr)
if False:
    def conditional():
        return "first"
else:
    def conditional():
        return "second"
print(conditional())
try: raise ValueError("one-line try")
except ValueError as e: print(e)
def redefined():
    return 1
def redefined():
    return 2
print(redefined())
for src in ["if True:\n", "def f():\n", "class C:\n", "for x in y:\n# comment only\n", "while 1:\npass\n"]:
    try:
        compile(src, "<empty>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
print(Ellipsis is ..., nothing.__code__.co_code == ellipsis_body.__code__.co_code or "bytecode may differ")
