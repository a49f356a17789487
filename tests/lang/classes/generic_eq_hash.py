# Equality and hashing of generic aliases: by origin and arguments, usable as dict keys and set members.
print(list[int] == list[int], list[int] != list[int], list[int] == list[str])
print(list[int] == list, list == list[int], list[int] == (list, (int,)))
print(dict[str, int] == dict[str, int], dict[str, int] == dict[int, str])
print(list[int] == set[int], tuple[int, ...] == tuple[int, ...], tuple[()] == tuple[()])
print(list[list[int]] == list[list[int]], list[list[int]] == list[list[str]])
print(hash(list[int]) == hash(list[int]), hash(dict[str, int]) == hash(dict[str, int]))
print(list[int] is list[int])
d = {list[int]: "ints", list[str]: "strs", dict[str, int]: "map"}
print(d[list[int]], d[list[str]], d[dict[str, int]], len(d))
s = {list[int], list[int], tuple[int, ...], tuple[int, ...]}
print(len(s), list[int] in s, list[bytes] in s)
for op in ("<", "<=", ">", ">="):
    try:
        eval("list[int] " + op + " list[int]")
    except TypeError as e:
        print(op, type(e).__name__)
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
e1, e2 = Eq(), Eq()
print(list[e1] == list[e2], list[e1] == list[e1])
try:
    hash(list[[]])
except TypeError as e:
    print(type(e).__name__, e)
print(list[int] == list[int | str], list[int | str] == list[str | int])
star = next(iter(tuple[int]))
print(star == tuple[int], star == next(iter(tuple[int])), star != tuple[int])
try:
    list[int].__eq__(3)
except TypeError as e:
    print(type(e).__name__, e)
print(type(list[int]).__eq__(list[int], 3), type(list[int]).__ne__(list[int], list[int]))
print([list[int], dict[str, int]].index(dict[str, int]), list[int] in [list[str], list[int]])
