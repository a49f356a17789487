# Builtin constants and singletons: None, True, False, Ellipsis, NotImplemented, __debug__; assignment rules.
print(None, True, False, Ellipsis, NotImplemented, __debug__)
print(type(None).__name__, type(Ellipsis).__name__, type(NotImplemented).__name__)
print(type(None)() is None, type(Ellipsis)() is Ellipsis, type(NotImplemented)() is NotImplemented)
print(bool(None), bool(Ellipsis), repr(None), str(Ellipsis))
for src in ["None = 1", "True = 0", "False += 1", "__debug__ = 0", "def f(None): pass",
            "class C:\n    True = 1\n", "import x as None", "for None in []: pass", "with a as True: pass"]:
    try:
        compile(src, "<const>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
Ellipsis_copy = Ellipsis
print(Ellipsis_copy is ..., ... == Ellipsis)
NotImplemented_alias = NotImplemented
print(NotImplemented_alias is NotImplemented)
try:
    None.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(None)(1)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), None == None, None != 0, None.__class__.__name__)
print(sorted([True, False, True]), [None] * 2, (None,) == (None,))
print(dir(None) == dir(type(None)), None.__bool__(), None.__repr__())
Ellipsis_list = [..., ...]
print(Ellipsis_list, Ellipsis_list.count(...))
print({None: "none-key", True: "true-key", ...: "ellipsis-key"})
