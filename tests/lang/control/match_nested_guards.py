# match on nested structures: a tiny expression evaluator and simplifier driven by patterns.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return f"Num({self.value})"
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"
def evaluate(node):
    match node:
        case Num(v):
            return v
        case BinOp("+", l, r):
            return evaluate(l) + evaluate(r)
        case BinOp("*", l, r):
            return evaluate(l) * evaluate(r)
        case BinOp("-", l, r):
            return evaluate(l) - evaluate(r)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op!r}")
        case _:
            raise TypeError(f"not a node: {node!r}")
def simplify(node):
    match node:
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp(op, l, r):
            return BinOp(op, simplify(l), simplify(r))
        case other:
            return other
tree = BinOp("+", BinOp("*", Num(1), Num(7)), BinOp("*", Num(3), BinOp("+", Num(0), Num(2))))
print(evaluate(tree))
print(simplify(tree))
print(evaluate(simplify(tree)))
print(simplify(BinOp("*", BinOp("+", Num(5), Num(0)), Num(0))))
for bad in [BinOp("/", Num(1), Num(2)), "text"]:
    try:
        evaluate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def tokens(seq):
    match seq:
        case [("num", int(n)), ("op", "+" | "-" as op), ("num", int(m)), *rest]:
            return f"{n} {op} {m} then {len(rest)} more"
        case [("num", n), *_] if isinstance(n, str):
            return "number given as text"
        case [(kind, _), *_]:
            return f"starts with {kind}"
        case []:
            return "empty"
print(tokens([("num", 1), ("op", "+"), ("num", 2)]), tokens([("num", "1")]), tokens([("op", "*")]), tokens([]))
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case int(code) if 300 <= code < 400:
            return "redirect"
        case 404:
            return "not found"
        case int(code) if code >= 500:
            return "server error"
        case _:
            return "other"
print([http(s) for s in (200, 204, 301, 404, 418, 503)])
