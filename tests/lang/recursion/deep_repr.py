# Very deeply nested containers: repr raises RecursionError (caught), self-references print as [...].
nested = []
cur = nested
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(nested)
except RecursionError as e:
    print(type(e).__name__, e)
try:
    str(nested)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    repr(d)
except RecursionError as e:
    print(type(e).__name__, e)
t = ()
for _ in range(100000):
    t = (t,)
try:
    repr(t)
except RecursionError as e:
    print(type(e).__name__, e)
shallow = [[[[1]]]]
print(repr(shallow))
selfref = [1, 2]
selfref.append(selfref)
print(selfref, str(selfref), repr(selfref))
dref = {"a": 1}
dref["self"] = dref
print(dref)
mutual_a = [1]
mutual_b = [mutual_a]
mutual_a.append(mutual_b)
print(mutual_a, mutual_b)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append(n)
try:
    repr(n)
except RecursionError as e:
    print("user __repr__ has no [...] guard:", type(e).__name__)
print("recovered; the interpreter still works:", [1, [2, [3]]])
s = set()
fs = frozenset([frozenset([frozenset()])])
print(fs)
deep_list = [0]
for _ in range(50):
    deep_list = [deep_list]
print(str(deep_list).count("["), len(repr(deep_list)))
