# Set idioms: dedupe, membership tests, union/intersection/difference, frozenset keys, in-place updates.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3, 4} <= a, {3, 4} < a, a >= {1}, a.isdisjoint({9}))
print(a.union([9], (10,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 6]))
print(a.issubset(range(10)), a.issuperset([1, 2]), sorted(a | set("ab") - {"a"}, key=str))
c = set(a)
c |= {7}
c &= {1, 2, 7, 8}
c -= {2}
c ^= {9, 1}
print(c, a)
c.add(3)
c.discard(100)
c.update([11], {12})
print(sorted(c), c.pop() in range(20), len(c))
try:
    c.remove(100)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
words = "to be or not to be that is the question".split()
print(len(words), len(set(words)), sorted(set(words)), sorted(set(words), key=words.index))
VOWELS = frozenset("aeiou")
print([w for w in words if VOWELS & set(w) == {"o"}], sum(1 for ch in "education" if ch in VOWELS))
fs = frozenset({1, 2})
groups = {fs: "pair", frozenset(): "empty"}
print(groups[frozenset([2, 1])], groups[frozenset()], fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__)
print({1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset([])), {frozenset({1}), frozenset({1})})
required = {"name", "email"}
payload = {"name": "x", "age": 3}
missing = required - payload.keys()
extra = payload.keys() - required
print(sorted(missing), sorted(extra), payload.keys() & {"age", "zzz"}, required.issubset(payload))
print(set(), set("aabbc") == {"a", "b", "c"}, {x % 3 for x in range(10)}, set(range(5)) - {0})
print(max({3, 9, 1}), min({3, 9, 1}), sum({1, 2, 3}), sorted({-1, 5, 0}), 3 in {1, 2, 3}, [] == list(set()))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print(type(e).__name__, e)
t = {1.0, 1, True}
print(t, {0, False, 0.0}, len({1, 1.0, True, 2}))
nums = [4, 7, 4, 1, 7, 9]
print(sorted(set(nums)), len(nums) != len(set(nums)), [n for n in set(nums) if nums.count(n) > 1])
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens ^ threes)[:5], len(evens | threes))
print(set([1, 2]).__class__.__name__, frozenset.__name__, repr(set()), repr(frozenset({5})))
