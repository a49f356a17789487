# bools where ints are expected and the other way round: indexing, counting, dict keys, sorting.
data = [5, 10, 15]
print(data[True], data[False], data[-True])
counts = {}
for flag in [True, 1, 1.0, False, 0, 0.0]:
    counts[flag] = counts.get(flag, 0) + 1
print(counts)
print({True: "a", 1: "b"}, {1: "b", True: "a"})
print({False, 0, 0.0}, {0, False})
print([True, 1, 1.0].count(True), [True, 1, 1.0].index(1.0), (0, False).count(0))
print(True in [1], 1 in [True], 0.0 in (False,))
print(sorted([True, 0, -1, False, 2, 1]), sorted([1, True]), sorted([True, 1]))
print(max(1, True), max(True, 1), min(0, False), min(False, 0))
print(sum(x > 2 for x in range(6)), sum([True] * 10, True))
print(list(map(bool, [0, 1, 2])), list(map(int, [True, False])))
print(str(True + 0), repr(True * 1), repr(True * 1.0), repr(True / 1))
print(True.__index__(), True.__int__(), True.__float__())
print("abc" * True, "abc" * False, [0] * True, (1, 2) * False)
print(range(10)[True:5], "hello"[True::2])
print(format(True, "b"), bin(True), hex(False), oct(True))
print(abs(True), abs(False), -True, -False, round(True), round(False, 2))
print(type(abs(True)).__name__, type(round(True)).__name__, type(-True).__name__)
print(divmod(7, True), 7 % True, 7 // True, 7 ** False)
try:
    7 // False
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(int("1") == True, 2 == True, bool(2) == True)
print(True.__eq__(1), True.__eq__(1.0), True.__hash__() == hash(1))
print(isinstance(False, (str, int)), type(False) in (int,), type(False) is bool)
print(repr(bool), bool.__mro__[1].__name__, len(bool.__mro__))
matrix = [[True, False], [False, True]]
print([sum(row) for row in matrix], sum(map(sum, matrix)))
print(True + True + True == 3, (True, False) == (1, 0), [True] == [1])
x = True
x += 1
print(x, type(x).__name__)
