# list construction, repetition, concatenation, comparison, membership, nested, identity semantics.
print([], list(), list("abc"), list(range(3)), list((1, 2)), list({"k": 1}), list(x for x in "xy"))
a = [1, "two", 3.0, None, [5], (6,)]
print(a, len(a), a[1], a[-1], a[4][0], type(a).__name__)
print([1, 2] + [3], [0] * 3, 2 * ["a", "b"], [[]] * 2, [1, 2] * 0)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, [2, 3]] == [1, [2, 3]], [1.0] == [1], [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n))
print(3 in [1, 2, 3], "3" in [1, 2, 3], [2] in [[1], [2]], 4 not in [1, 2])
b = a
b.append("shared")
print(len(a), a is b, a == b)
c = list(a)
c.append("copy only")
print(len(a), len(c), c is a)
print(max([3, 1, 4]), min([3, 1, 4]), sum([1, 2, 3]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
print(list(enumerate(["a", "b"])), list(zip([1, 2], ["x", "y"])), any([0, 0]), all([]))
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0])
lst = [1, 2, 3]
lst[1] = lst
print(lst, repr(lst))
r = []
r.append(r)
r.append([r])
print(r)
print(str([1, "a", 'b"', None]), repr(["x'"]), f"{[1, 2]}", "%s" % [[1]])
e = [None] * 3
e[1] = "mid"
print(e, e.count(None))
words = "one two three".split()
words[1:2] = ["TWO", "2"]
print(words, " ".join(words))
print([i * i for i in range(5)], list(map(abs, [-1, -2])), list(filter(None, [0, 1, "", "a"])))
print(len([[]]), len([[], []]), [[]] == [[]], [] is not [])
print(list.__name__, type([]) is list, isinstance([], list), [].__class__.__name__)
print(hash(tuple([1, 2])) == hash((1, 2)), list((1,)) == [1])
