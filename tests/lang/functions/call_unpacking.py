# Call-site unpacking: *iterables and **mappings in calls, multiple unpackings, ordering, errors.
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], 3, *(4,), *"ab"))
print(show(**{"a": 1}, b=2, **{"c": 3}))
print(show(1, *range(3), x=1, **dict(y=2)))
print(show(*{"k1": 0, "k2": 0}, **{"k": "v"}))
def gen():
    yield "g1"
    yield "g2"
print(show(*gen(), *iter([9])))
def three(a, b, c):
    return a + b + c
print(three(*[1, 2, 3]), three(1, *[2, 3]), three(*[1], **{"c": 3, "b": 2}), three(*"abc"))
for src in ["three(*[1, 2])", "three(*[1, 2, 3, 4])", "three(*5)", "three(**[1])", "three(1, **{'a': 2, 'b': 3, 'c': 4})",
            "show(**{'a': 1}, **{'a': 2})", "show(*None)", "show(**None)"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(show(**Mapping()))
order = []
def arg(label, value=None):
    order.append(label)
    return value if value is not None else label
show(arg("first"), *arg("star", [1]), key=arg("kw"), **arg("dstar", {"z": 1}))
print(order)
def kw_only(*, a, b):
    return a, b
print(kw_only(**{"b": 2, "a": 1}))
args = [1, 2]
kwargs = {"sep": "-", "end": "!\n"}
print(*args, **kwargs)
print(*[], **{})
def collect(first, *rest, last="L"):
    return first, rest, last
print(collect(*"xyz"), collect("a", *[], last="Z"))
nested = [[1, 2], [3]]
print(show(*nested, *nested[0]))
print(max(*[3, 7, 1]), min(*"hello"), list(zip(*[(1, 2), (3, 4)])))
d1 = {"a": 1}
print(dict(**d1, b=2), dict(d1, **{"c": 3}))
try:
    dict(**{1: "non-str key"})
except TypeError as e:
    print(type(e).__name__, e)
print(show(*range(0)), show(**{}))
