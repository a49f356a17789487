# Float +, -, * in the eval loop: operands the stack holds alone carry the
# result; shared operands, x * x, in-place forms and mixed types must not
# change any value that is still referenced.
a = 1.5
b = a
a += 2.25
print(a, b)
x = 3.0
y = x * x
print(x, y)
vals = [0.1, -2.5, 1e308, -0.0, float("inf"), 7.0]
kept = []
for v in vals:
    t = (v + 1.0) * (v - 1.0)
    kept.append(t)
    u = t - t
    kept.append(u)
print(kept)
s = 0.0
for i in range(1000):
    s = s * 0.5 + (i + 0.25)
print(s)
z = 2.0
w = z
z *= z
print(z, w)
print(1.5 + 2, 2 + 1.5, 1.5 * True, 3.0 - -1)
nan = float("nan")
r = nan * 0.0
print(r, r == r)
print(-0.0 + 0.0, -0.0 - 0.0, 0.0 * -1.0)
class F(float):
    def __add__(self, other):
        return "F.add"
print(F(1.0) + 2.0, 2.0 + F(1.0))
lst = [1.0, 2.0]
lst[0] = lst[0] + lst[1]
print(lst)
