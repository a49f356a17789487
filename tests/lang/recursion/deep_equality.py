# Recursion in comparisons and hashing of deeply nested structures; RecursionError messages.
def nest(depth, leaf):
    x = leaf
    for _ in range(depth):
        x = [x]
    return x
a = nest(100000, 1)
b = nest(100000, 1)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__, e)
c = nest(50, 1)
d = nest(50, 1)
print(c == d, c == nest(50, 2), c < nest(50, 2))
t1 = (1,)
for _ in range(50):
    t1 = (t1,)
t2 = (1,)
for _ in range(50):
    t2 = (t2,)
print("moderately nested tuples hash and compare:", hash(t1) == hash(t2), t1 == t2)
selfref = []
selfref.append(selfref)
try:
    print(selfref == selfref)
    other = []
    other.append(other)
    print(selfref == other)
except RecursionError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print("user __eq__ recursion:", type(e).__name__, e)
class Attr:
    def __getattr__(self, name):
        return self.missing
try:
    Attr().anything
except RecursionError as e:
    print("__getattr__ recursion:", type(e).__name__, e)
def recurse_in_handler(n):
    try:
        return recurse_in_handler(n + 1)
    except RecursionError:
        return n
depth = recurse_in_handler(0)
print("recursion depth reached is in a sane range:", 100 < depth < 5000)
print("still working:", sum(range(10)))
