# In-place operators: __iop__ first, falling back to __op__ / __rop__, and NotImplemented.
class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Acc({self.v})"
    def __iadd__(self, o):
        print("iadd", o)
        self.v += o
        return self
    def __add__(self, o):
        print("add", o)
        return Acc(self.v + o)
    def __isub__(self, o):
        print("isub -> NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("sub", o)
        return Acc(self.v - o)
    def __imul__(self, o):
        return "imul result"
    def __ipow__(self, o):
        return ("ipow", o)
    def __imatmul__(self, o):
        return ("imatmul", o)
    def __ior__(self, o):
        return ("ior", o)

a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 2
print(a, a is orig)
a *= 3
print(a)
b = Acc(2)
b **= 3
print(b)
b = Acc(2)
b @= 3
print(b)
b = Acc(2)
b |= 3
print(b)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 10
print(x.v, y.v, x is y)

class RightOnly:
    def __radd__(self, o):
        return f"radd({o})"
    def __rfloordiv__(self, o):
        return f"rfloordiv({o})"
n = 5
n += RightOnly()
print(n)
n = 5
n //= RightOnly()
print(n)

class NoOps:
    pass
for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="):
    z = NoOps()
    try:
        exec("z " + op + " 1")
    except TypeError as e:
        print(type(e).__name__, e)

lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s = {1}
s |= {2}
s &= {2, 3}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
try:
    d |= [1]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
