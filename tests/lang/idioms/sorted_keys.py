# sorted/list.sort with key, reverse, stability, multi-key sorts, reversed(), and comparison errors.
people = [("alice", 31, "NY"), ("bob", 25, "LA"), ("carol", 31, "LA"), ("dave", 25, "NY"), ("eve", 40, "SF")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
by_city = sorted(people, key=lambda p: p[0])
by_city.sort(key=lambda p: p[2])
print([p[0] for p in by_city])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower()), reverse=True))
print(sorted("hello world"), "".join(sorted("hello", reverse=True)))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items(), key=lambda kv: kv[1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())))
nums = [5, 2, 8, 1]
r = nums.sort()
print(r, nums, sorted(nums) is nums)
nums.sort(reverse=True)
print(nums)
print(sorted([], key=len), sorted([[3], [1, 2], []], key=len), sorted([0.5, -1, 2, True]))
stable = sorted([(1, "b"), (0, "x"), (1, "a"), (0, "y")], key=lambda t: t[0], reverse=True)
print(stable)
class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"Rev({self.v})"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min(Rev(5), Rev(7)))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]
print(list(reversed(Seq())), sorted(Seq(), reverse=True))
class HasReversed:
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(HasReversed())))
for bad in (lambda: sorted([1, "a"]), lambda: sorted([3, None]), lambda: reversed({1, 2}),
            lambda: reversed(5), lambda: sorted([1], key=5), lambda: [2, 1].sort(lambda x: x),
            lambda: sorted([{}, {}]), lambda: sorted([1j, 2j])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
ranked = sorted(enumerate([40, 10, 30, 20]), key=lambda t: t[1])
print([i for i, _ in ranked], [v for _, v in ranked])
grades = {"ann": 88, "ben": 95, "cat": 88, "dan": 70}
for rank, (name, g) in enumerate(sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])), 1):
    print(rank, name, g)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print(type(e).__name__, e)
print(lst)
