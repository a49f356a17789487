# Builtin functions and methods as objects: names, __self__, binding of builtin methods, equality.
print(len.__name__, len.__qualname__, type(len).__name__, len.__self__ is not None, callable(len))
print(type([].append).__name__, [].append.__name__, [].append.__qualname__, type(list.append).__name__)
lst = [3, 1, 2]
push = lst.append
push(0)
print(lst, push.__self__ is lst)
sort = lst.sort
sort()
print(lst)
print(str.upper("abc"), str.upper.__name__, type(str.upper).__name__, type("".upper).__name__)
print(dict.fromkeys.__name__, type(dict.fromkeys).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(int.__add__(1, 2), type(int.__add__).__name__, type((1).__add__).__name__)
print([].append == [].append, lst.append == lst.append, lst.append is lst.append)
print(len == len, len is len, hash(len) == hash(len))
methods = [str.lower, str.strip, str.title]
print([m("  MiXeD  ") for m in methods])
print(list(map(str.split, ["a b", "c"])), sorted(["b", "A", "c"], key=str.lower))
print(max.__doc__ is not None and len(max.__doc__) > 10, print.__module__ if hasattr(print, "__module__") else "")
try:
    len.__name__ = "x"
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    len.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
bound = "text".startswith
print(bound("te"), bound(("x", "t")), bound.__self__)
f = getattr({}, "get")
print(f("missing", "dflt"), type(f).__name__)
print(type(object.__init__).__name__, type(object().__init__).__name__, type(object.__new__).__name__)
print(type(int.from_bytes).__name__, int.from_bytes.__self__ is int)
print(callable(type), type.__call__(int, "5"), type(type.__call__).__name__)
