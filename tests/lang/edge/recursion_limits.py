# Deep recursion raises RecursionError (catchable, program continues); mutual recursion; recursive reprs.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(500))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301))
try:
    is_even(10 ** 6)
except RecursionError as e:
    print("mutual:", type(e).__name__)
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"
try:
    repr(Node())
except RecursionError as e:
    print("repr:", type(e).__name__)
lst = [1]
lst.append(lst)
print(lst, repr(lst))
d = {"k": 1}
d["self"] = d
print(d)
nested = [lst, [lst]]
print(nested)
class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Attr().a
except RecursionError as e:
    print("getattr:", type(e).__name__)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print("eq:", type(e).__name__)
def gen_recurse(n):
    yield n
    yield from gen_recurse(n + 1)
try:
    for v in gen_recurse(0):
        pass
except RecursionError as e:
    print("yield from:", type(e).__name__)
print("still running, last value >", v > 100)
deep = []
cur = deep
for _ in range(10000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print("deep list repr:", type(e).__name__)
try:
    deep == [[[]]]
    print("compare ok")
except RecursionError as e:
    print("deep compare:", type(e).__name__)
t = ()
for _ in range(10000):
    t = (t,)
try:
    hash(t)
    print("hash ok")
except RecursionError as e:
    print("deep hash:", type(e).__name__)
def after_recovery():
    return depth_ok(100)
print(after_recovery())
def catch_inside(n):
    try:
        return catch_inside(n + 1)
    except RecursionError:
        return n
print(catch_inside(0) > 100)
try:
    eval("(" * 200 + ")" * 200)
    print("parens ok")
except (RecursionError, SyntaxError, MemoryError) as e:
    print("parens:", type(e).__name__)
try:
    eval("-" * 100000 + "1")
except (RecursionError, MemoryError) as e:
    print("unary chain:", type(e).__name__)
