# list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(x * 10 for x in range(2))
a.extend(())
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
a.remove(1)
print(a, a.index(1), a.index(5), a.index("a", 2), a.count(1), a.count("zz"))
try:
    a.index(1, 0, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.remove("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    a.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
a.reverse()
print(a)
b = a.copy()
b.append("only in b")
print(len(a), len(b), a == b[:-1], b[-1])
a.clear()
print(a, b.count(None), [None, None].count(None))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append("shared")
print(nested, shallow, nested[0] is shallow[0])
s = [1, 2, 3]
s.extend(s)
print(s)
s += s[:2]
print(s)
print([1, 2, 3].index(2, -2), [1, 2, 1, 2].index(2, 2), [1.0, 1, True].count(1))
class AlwaysEq:
    def __eq__(self, other):
        return True
print([1, 2, 3].index(AlwaysEq()), [1, 2].count(AlwaysEq()), AlwaysEq() in [5])
lst = [1, 2]
lst.append(lst)
print(lst, len(lst), lst[2] is lst)
print(list.append.__name__, [].__len__(), list.__getitem__([5, 6], 1))
