# Star and double-star in displays: list/tuple/set/dict literals with *iterables and **mappings.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b} == {1, 2, 3, 4}, [*a, 0, *"xy"], (*a,), [*range(3), *{}])
print([*[], *()], (*(),), {*()}, [*"", *b"ab"])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": "override"}, {**{}}, {**d1, **{}})
print({**dict.fromkeys("xy", 0), "y": 1})
nested = [*[*[1, 2], 3], *(4, *(5,))]
print(nested)
def gen():
    yield from "gen"
print([*gen()], (*gen(), "end"), {*gen()} == set("gen"))
print(*[1, 2], *"ab", sep="|")
t = 1, *a, *b
print(t, type(t).__name__)
for src in ["[*5]", "{**[1]}", "(*None,)", "{*1}", "{**{1: 2}, **5}"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "->", e)
for src in ["*a", "[**d1]", "(**d1)", "{*d1: 1}", "print(**d1 for x in y)"]:
    try:
        compile(src, "<d>", "eval")
        print("compiles:", src)
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e.msg)
class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, key):
        return key * 3
print({**Mapping(), "o": 1})
evaluated = []
def part(name, value):
    evaluated.append(name)
    return value
result = [part("first", 1), *part("second", [2, 3]), part("third", 4)]
print(result, evaluated)
evaluated.clear()
dres = {part("k1", "a"): part("v1", 1), **part("spread", {"b": 2}), part("k2", "c"): part("v2", 3)}
print(dres, evaluated)
print([*map(str, range(3))], {*map(len, ["a", "bb", "cc"])} == {1, 2})
big = [*range(1000)]
print(len(big), big[-1])
