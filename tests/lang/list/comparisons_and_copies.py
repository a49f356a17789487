# List comparison is lexicographic and element-wise; identity vs equality; repetition aliasing.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [] == [], [[]] > [], [1] == [1.0])
print(sorted([[3], [1, 2], [1], [], [1, 1, 1]]))
print(max([[1, 2], [1, 3], [0, 9]]), min([["b"], ["a", "z"]]))
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  compare {self.v} == {other.v}")
        return self.v == other.v
a = [Loud(1), Loud(2), Loud(3)]
b = [Loud(1), Loud(5), Loud(3)]
print(a == b)
print(a[0] in b)
x = [1, 2]
print(x == x[:], x is x[:], x[:] is not x, x * 1 is not x)
row = [0] * 3
board = [row] * 2
board[0][0] = 1
print(board, board[0] is board[1])
board = [row[:] for _ in range(2)]
board[0][0] = 2
print(board)
nested = [[]] * 3
nested[0].append("shared")
print(nested)
alias = x
alias += [3]
print(x, alias is x)
rebind = x
rebind = rebind + [4]
print(x, rebind, rebind is x)
t = [1, [2, 3]]
u = t[:]
u[1][0] = "changed through the shallow copy"
u[0] = "not shared"
print(t, u)
print([1, 2] != [2, 1], sorted([2, 1]) == sorted([1, 2]), [1, 2, 3][::-1] == [3, 2, 1])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, 2], [None] == [None], [None] < [None, 1])
