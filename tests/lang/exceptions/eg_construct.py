# BaseExceptionGroup / ExceptionGroup construction: argument checks and the class chosen.
def attempt(label, make):
    try:
        g = make()
        print(label, "->", type(g).__name__, repr(g))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

attempt("two exceptions", lambda: ExceptionGroup("m", [ValueError(1), TypeError(2)]))
attempt("tuple of exceptions", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("base of exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("base with interrupt", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("base mixed", lambda: BaseExceptionGroup("m", [ValueError(), SystemExit(2)]))
attempt("nested base in eg", lambda: ExceptionGroup("m", [ValueError(), GeneratorExit()]))
attempt("no arguments", lambda: ExceptionGroup())
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keyword argument", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("message not str", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("message None", lambda: BaseExceptionGroup(None, [ValueError()]))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("m", {ValueError(): 1}))
attempt("a generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("a string", lambda: ExceptionGroup("m", "abc"))
attempt("an exception", lambda: ExceptionGroup("m", ValueError()))
attempt("a class inside", lambda: ExceptionGroup("m", [ValueError]))
attempt("item 2 bad", lambda: ExceptionGroup("m", [ValueError(), TypeError(), 3]))
attempt("range", lambda: ExceptionGroup("m", range(3)))

class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
attempt("user sequence", lambda: ExceptionGroup("seq", Seq([OSError("o")])).exceptions)

class MyEG(ExceptionGroup):
    pass
class MyBEG(BaseExceptionGroup):
    pass
attempt("subclass", lambda: MyEG("mine", [ValueError()]))
attempt("subclass nesting base", lambda: MyEG("mine", [KeyboardInterrupt()]))
attempt("base subclass of exceptions", lambda: MyBEG("b", [ValueError()]))
attempt("base subclass of base", lambda: MyBEG("b", [KeyboardInterrupt()]))

eg = ExceptionGroup("msg", [ValueError(1)])
print(eg.args, eg.message, eg.exceptions)
for attr in ["message", "exceptions"]:
    try:
        setattr(eg, attr, "x")
    except AttributeError as e:
        print(attr, type(e).__name__, e)
items = [ValueError(1)]
eg = ExceptionGroup("keeps its own tuple", items)
items.append(TypeError(2))
print(len(eg.exceptions), len(eg.args[1]))
print(ExceptionGroup.__new__(BaseExceptionGroup, "m", [ValueError()]).__class__.__name__)
