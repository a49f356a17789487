# Expression trees with classes: operator overloading builds ASTs, visitor-style evaluation, simplification, derivatives.
class Expr:
    def __add__(self, o): return Add(self, wrap(o))
    def __radd__(self, o): return Add(wrap(o), self)
    def __mul__(self, o): return Mul(self, wrap(o))
    def __rmul__(self, o): return Mul(wrap(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), wrap(o)))
    def __neg__(self): return Mul(Const(-1), self)
    def __pow__(self, n): return Pow(self, n)

def wrap(v):
    if isinstance(v, Expr):
        return v
    if isinstance(v, (int, float)):
        return Const(v)
    raise TypeError(f"cannot use {type(v).__name__} in an expression")

class Const(Expr):
    def __init__(self, v): self.v = v
    def __repr__(self): return repr(self.v)
    def __eq__(self, o): return isinstance(o, Const) and o.v == self.v
    __hash__ = None

class Var(Expr):
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
    def __eq__(self, o): return isinstance(o, Var) and o.name == self.name

class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"({self.a!r} + {self.b!r})"

class Mul(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def __repr__(self): return f"{self.a!r}*{self.b!r}"

class Pow(Expr):
    def __init__(self, base, n): self.base, self.n = base, n
    def __repr__(self): return f"{self.base!r}^{self.n}"

class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, None)
        if method is None:
            raise NotImplementedError(f"{type(self).__name__} cannot handle {type(node).__name__}")
        return method(node)

class Evaluator(Visitor):
    def __init__(self, env): self.env = env
    def visit_Const(self, n): return n.v
    def visit_Var(self, n):
        try:
            return self.env[n.name]
        except KeyError:
            raise NameError(f"variable {n.name!r} has no value") from None
    def visit_Add(self, n): return self.visit(n.a) + self.visit(n.b)
    def visit_Mul(self, n): return self.visit(n.a) * self.visit(n.b)
    def visit_Pow(self, n): return self.visit(n.base) ** n.n

class Simplifier(Visitor):
    def visit_Const(self, n): return n
    def visit_Var(self, n): return n
    def visit_Add(self, n):
        a, b = self.visit(n.a), self.visit(n.b)
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v + b.v)
        if a == Const(0): return b
        if b == Const(0): return a
        return Add(a, b)
    def visit_Mul(self, n):
        a, b = self.visit(n.a), self.visit(n.b)
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v * b.v)
        if Const(0) in (a, b): return Const(0)
        if a == Const(1): return b
        if b == Const(1): return a
        return Mul(a, b)
    def visit_Pow(self, n):
        base = self.visit(n.base)
        if n.n == 0: return Const(1)
        if n.n == 1: return base
        if isinstance(base, Const): return Const(base.v ** n.n)
        return Pow(base, n.n)

class Deriv(Visitor):
    def __init__(self, var): self.var = var
    def visit_Const(self, n): return Const(0)
    def visit_Var(self, n): return Const(1 if n.name == self.var else 0)
    def visit_Add(self, n): return Add(self.visit(n.a), self.visit(n.b))
    def visit_Mul(self, n): return Add(Mul(self.visit(n.a), n.b), Mul(n.a, self.visit(n.b)))
    def visit_Pow(self, n): return Mul(Mul(Const(n.n), Pow(n.base, n.n - 1)), self.visit(n.base))

x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x + 1, (x + 1) * (x - 1), x * y + y ** 3, 0 * x + 1 * y, -x + 5, 2 ** 3 + x ** 0]
simp = Simplifier()
for e in exprs:
    s = simp.visit(e)
    d = simp.visit(Deriv("x").visit(e))
    print(f"{e!r:40} => {s!r:28} d/dx={d!r:30} at(2,3)={Evaluator({'x': 2, 'y': 3}).visit(e)}")
print(Evaluator({"x": 0.5}).visit(simp.visit(x ** 3 - x)), repr(simp.visit(Const(2) * 3 + 4)))
class Unknown(Expr):
    pass
for bad in (lambda: Evaluator({}).visit(x + 1), lambda: x + "s", lambda: Evaluator({}).visit(Unknown()), lambda: {Const(1)}):
    try:
        print(bad())
    except (NameError, TypeError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(Const(2) == Const(2), Var("x") == x, x == y, Const(1) == 1, Var.__hash__ is None, Const.__hash__ is None)
