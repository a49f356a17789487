# Unpacking: star targets, too many / too few values messages, star-args and dict unpacking errors.
a, *b, c = range(5)
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = "xy"
print(a, b)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
[a, [b, *c]] = [1, "xyz"]
print(a, b, c)
for src, val in [("a, b = v", [1]), ("a, b = v", [1, 2, 3]), ("a, *b, c = v", [1]), ("a, b = v", 5),
                 ("a, = v", []), ("a, b = v", {"k": 1}), ("(a, b), c = v", [1, 2]), ("a, b, c = v", "ab")]:
    try:
        exec(src, {"v": val})
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def gen():
    yield 1
    yield 2
    yield 3
try:
    x, y = gen()
except ValueError as e:
    print(type(e).__name__, e)
x, *y = gen()
print(x, y)
print([*range(3), *"ab"], (*[1], *()), {*[1, 1], *(2,)}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], *"cd", sep="-")
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**{1: 2}, **None}
except TypeError as e:
    print(type(e).__name__, e)
def f(*args, **kw):
    return args, kw
print(f(*(), **{}), f(*[1], *[2], **{"a": 1}, **{"b": 2}))
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*1)
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()), {**Mapping()}, dict(Mapping()))
class KeysOnly:
    def keys(self):
        return [1]
try:
    f(**KeysOnly())
except TypeError as e:
    print(type(e).__name__, e)
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k
try:
    {**BadKeys()}
except TypeError as e:
    print(type(e).__name__, e)
class Iter3:
    def __iter__(self):
        return iter([1, 2, 3])
p, q, r = Iter3()
print(p, q, r, [*Iter3()])
first, *_, last = range(100)
print(first, last, len(_))
for i, (k, v) in enumerate({"a": 1}.items()):
    print(i, k, v)
try:
    for k, v in [1, 2]:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for k, v in ["abc"]:
        pass
except ValueError as e:
    print(type(e).__name__, e)
m, n = n, m = 1, 2
print(m, n)
lst = [0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
for src in ["*a = [1]", "a, *b, *c = x", "*a, = [1]"]:
    try:
        ns = {}
        exec(src, ns)
        print("ok", ns["a"])
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
