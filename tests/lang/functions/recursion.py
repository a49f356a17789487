# Recursion: classic algorithms, mutual recursion, RecursionError caught, recovery afterwards.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(fact(20), fact(30), [fib(i) for i in range(15)], is_even(100), is_odd(7))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + rest)
    return out
print(permutations("abc"), len(permutations(list(range(5)))))
def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered:", fact(10))
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print("reached a depth of several hundred:", 500 < d < 1000)
print(isinstance(RecursionError(), RuntimeError), RecursionError.__mro__[1].__name__)
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def total(self):
        return self.v + sum(c.total() for c in self.children)
tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5), Node(6)])])
print(tree.total())
def power_set(s):
    if not s:
        return [[]]
    rest = power_set(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(power_set([1, 2, 3]))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**64, 6**20))
