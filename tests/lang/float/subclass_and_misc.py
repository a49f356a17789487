# float subclasses, float.__new__, fromhex on subclasses, and attribute errors.
class Temperature(float):
    def __new__(cls, value, unit="C"):
        obj = float.__new__(cls, value)
        obj.unit = unit
        return obj
    def __repr__(self):
        return f"{float(self):.1f}{self.unit}"
    def to_f(self):
        return Temperature(self * 9 / 5 + 32, "F")

t = Temperature(21.5)
print(t, repr(t), t.to_f(), t + 1, type(t + 1).__name__, t > 20, t == 21.5)
print(isinstance(t, float), float(t), str(t), f"{t:.2f}", f"{t}")
print(Temperature("3.25", "K"), type(Temperature(1)).__mro__[1].__name__)

class Quiet(float):
    pass
q = Quiet(2.5)
q.note = "attribute"
print(q, q.note, q * 2, type(q * 2).__name__, abs(Quiet(-1.5)), type(abs(Quiet(-1.5))).__name__)
print(hash(q) == hash(2.5), {q: 1}[2.5])

try:
    (1.5).note = "x"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1.5).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1.5).nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(float.__name__, float.__qualname__, type(1.5) is float, float.__base__.__name__)
print(float.mro()[0].__name__, float.__doc__ is not None)
print(sorted(n for n in dir(1.5) if not n.startswith("_")))
try:
    float("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x="1")
except TypeError as e:
    print(type(e).__name__, e)
print(float.__new__(float, "2.5"), float.__new__(Quiet, 3) + 0)
print(bool(0.0), bool(-0.0), bool(1e-300), bool(float("nan")))
