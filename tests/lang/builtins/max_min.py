# max and min: iterables and positional args, key, default, ties (first wins), errors.
print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("hello"), max((1, 2), (1, 3)), min([[2], [1, 9]]))
print(max([], default="empty"), min((), default=None), max([1], default=0), max("abc", key=ord))
print(max(["bb", "a", "ccc"], key=len), min(["bb", "a", "ccc"], key=len), max(-3, 2, key=abs))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([True, 1]), min([1, True]))
data = [("x", 3), ("y", 7), ("z", 7), ("w", 1)]
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), max(data, key=lambda p: -p[1]))
print(max({"a": 3, "b": 9}), max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get), max(range(5), key=lambda n: n % 3))
for expr in ["max()", "max([])", "min(())", "max(1)", "max(1, 2, default=0)", "max([1, 'a'])",
             "min([1], key=1)", "max([1, 2], foo=1)", "max(x for x in [])"]:
    try:
        print(expr, eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([nan, 1]), min([1, nan]))
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Item({self.v})"
print(max([Item(1), Item(3), Item(2)]), min(Item(5), Item(4)))
calls = []
def key(x):
    calls.append(x)
    return x
print(max([3, 1, 2], key=key), calls)
print(max("apple", "banana", "cherry", key=lambda s: s[-1]), min("a", "B"), max("a", "B", key=str.lower))
print(max(iter([4, 8, 2])), min(map(int, "583")), max(*[[1, 2]]), max(*"xy"))
print(max([0, -0.0]), min([-0.0, 0]), max([2**70, 1e21]), min([-2**70, -1e21]))
