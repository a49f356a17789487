# Attribute sites on __slots__ slots: reads, writes, empty slots, deletion,
# a subclass adding slots, and a __dict__ slot beside them.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
class Q(P):
    __slots__ = ("z",)
ps = [P(1), P(2), Q(3)]
for p in ps:
    try:
        print(p.y)
    except AttributeError as e:
        print("AE", e)
    p.y = p.x * 10
    print(p.x, p.y)
for i in range(3):
    for p in ps:
        p.x += 1
print([(p.x, p.y) for p in ps])
del ps[0].y
for p in ps:
    try:
        print(p.y)
    except AttributeError as e:
        print("AE", e)
class R:
    __slots__ = ("a", "__dict__")
r = R()
r.a = 1; r.b = 2
print(r.a, r.b, r.__dict__)
