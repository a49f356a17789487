# any/all short-circuiting, min/max with key and default, sum of generators with start values.
nums = [3, 8, -2, 7, 0, 5]
print(any(n < 0 for n in nums), all(n < 10 for n in nums), any([]), all([]), any([0, "", None]), all([1, "x"]))
calls = []
def check(n):
    calls.append(n)
    return n > 5
print(any(check(n) for n in nums), calls)
calls.clear()
print(all(check(n) for n in [6, 7, 1, 9]), calls)
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=lambda n: -n), min(3, 1, 2), max("apple", "pear", "fig"))
words = ["banana", "kiwi", "apple", "fig", "cherry"]
print(min(words, key=len), max(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(min([], default="empty"), max((), default=None), max([4], default=0), min(iter([7, 3]), default=0))
print(max([1, 5, 5, 2], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([(2, "x"), (2, "y")], key=lambda t: t[0]))
for bad in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min([1, "a"]), lambda: max(1, 2, default=0),
            lambda: min([1], key=None, bad=1), lambda: sum(["a", "b"], ""), lambda: sum([[1]], 0)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum(n * n for n in range(10)), sum([0.1] * 10), sum([], 5), sum([[1], [2, 3]], []), sum(range(101)))
print(sum((1, 2), start=10), sum([1.5, 2, True]), sum(x for x in range(0)), sum([2**64, -2**64, 1]))
print(sum(1 for w in words if "a" in w), sum(len(w) for w in words) / len(words))
scores = {"ann": 91, "bob": 78, "cy": 91, "di": 60}
best = max(scores, key=scores.get)
print(best, scores[best], min(scores.items(), key=lambda kv: kv[1]), sorted(scores, key=scores.get)[-2:])
print(max(scores.values()), [k for k, v in scores.items() if v == max(scores.values())])
points = [(1, 5), (3, 1), (-2, 4), (0, 0)]
print(min(points, key=lambda p: p[0] ** 2 + p[1] ** 2), max(points, key=lambda p: p[1]), max(points))
print(any(isinstance(x, str) for x in [1, 2.0, "3"]), all(map(str.isdigit, ["1", "22", "x"])))
print(all(a <= b for a, b in zip(nums, nums[1:])), all(a <= b for a, b in zip(sorted(nums), sorted(nums)[1:])))
print(max(range(10), key=lambda n: n % 4), min("hello"), max(b"abc"), min({3: "a", 1: "b"}))
print(max(float("nan"), 1), max(1, float("nan")), min(-0.0, 0.0), min(0.0, -0.0), max(True, 1), max(1, True))
class Score:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"S{self.v}"
print(max([Score(2), Score(9), Score(4)]), min(Score(2), Score(1)))
try:
    max(Score(1), 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def gen():
    yield 3
    yield 1
    raise ValueError("boom")
try:
    min(gen())
except ValueError as e:
    print(type(e).__name__, e)
print(any(x > 2 for x in gen()))
