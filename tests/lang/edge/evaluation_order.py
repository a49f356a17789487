# Evaluation order: operands, call arguments, subscript/attribute assignment targets, dict displays, chained ops.
log = []
def t(tag, val=None):
    log.append(tag)
    return tag if val is None else val
def show(label):
    print(label, log)
    log.clear()
t("a") + t("b") * t("c", 1)
show("binary")
t("f", lambda *a, **k: None)(t("x"), t("y"), k=t("z"), *[t("s")], **{"w": t("w")})
show("call")
d = {}
d[t("key")] = t("value")
show("subscript assign")
obj = type("O", (), {})()
setattr(obj, "v", 0)
t("target", obj).v = t("rhs", 1)
show("attr assign")
lst = [0, 0]
lst[t("idx", 0)] += t("inc", 5)
show("augmented subscript")
{t("k1"): t("v1"), t("k2"): t("v2"), **t("unpack", {})}
show("dict display")
[t("l1"), *t("star", [1]), t("l2")]
show("list display")
t("one", 1) < t("two", 2) < t("three", 3)
show("chained compare")
t("one", 1) < t("zero", 0) < t("never", 3)
show("short chain")
t("p", 0) or t("q", 0) or t("r", 5)
show("or chain")
t("p", 1) and t("q", 0) and t("r", 5)
show("and chain")
x = t("then", 1) if t("cond", True) else t("else", 2)
show("conditional")
a, b = t("ra", 1), t("rb", 2)
show("tuple assign")
p = q = t("chain", 3)
show("chain assign")
print(p, q)
m = [[0, 0], [0, 0]]
i = 0
i, m[i][i] = 1, 9
print(m)
def gen():
    log.append("gen body")
    yield 1
g = (t("elt", v) for v in t("iter", [1]))
show("genexp created")
list(g)
show("genexp consumed")
class K:
    log.append("class body")
    def m(self, v=t("default")):
        pass
show("class def")
@t("dec1", lambda f: f)
@t("dec2", lambda f: f)
def decorated():
    pass
show("decorators")
try:
    t("left", 1) / t("right", 0)
except ZeroDivisionError:
    show("division error")
try:
    t("fn", len)(t("arg1"), t("arg2"))
except TypeError as e:
    show("call error " + type(e).__name__)
w = [t("w1", 1), t("w2", 2)][t("ix", 1)]
show("index")
s = t("base", "abc")[t("lo", 0):t("hi", 2):t("st", 1)]
show("slice")
t("po", 2) ** t("pb", 3) ** t("pc", 2)
show("power right assoc")
print(2 ** 3 ** 2, -2 ** 2, (-2) ** 2, not 1 == 2, 1 < 2 == 2, 3 - 2 - 1, 2 ** -1)
def kw(**k):
    return list(k)
print(kw(b=t("b"), a=t("a")))
show("kwargs order")
print(f"{t('f1')}{t('f2')}")
show("fstring")
