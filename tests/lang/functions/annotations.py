# Annotations: functions, variables at module and class level, evaluation order, no enforcement.
def f(a: int, b: "str" = "x", *args: float, c: bool = False, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f.__annotations__)
print(f("not an int", 5))
x: int = "annotations are not enforced"
y: list
print(x, "y" in globals(), __annotations__)
class C:
    attr: int
    other: str = "value"
    counter: int = 0
    def method(self, v: "C") -> "C":
        return v
print(C.__annotations__, C.other, hasattr(C, "attr"), C.method.__annotations__)
order = []
def ann(label):
    order.append(label)
    return label
def g(p: ann("param p"), q: ann("param q") = ann("default q")) -> ann("return"):
    pass
print(order, g.__annotations__)
def no_annotations(a, b):
    pass
print(no_annotations.__annotations__)
def local_annotations():
    local: int = 5
    unassigned: str
    return local, "unassigned" in locals()
print(local_annotations())
class Complex:
    a: dict[str, list[int]]
    b: int | None
    c: tuple[int, ...] = ()
print(Complex.__annotations__)
obj = C()
obj.attr = 5
print(obj.attr)
class Sub(C):
    extra: float
print(Sub.__annotations__, "attr" in Sub.__annotations__)
try:
    compile("x: int: str", "<a>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("(a, b): int", "<a>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
attr_target = C()
attr_target.field: int = 3
print(attr_target.field)
d = {}
d["key"]: str = "subscript target"
print(d)
def ann_side_effect():
    evaluated = []
    v: evaluated.append("evaluated?") = 1
    return evaluated
print(ann_side_effect())
lambda_ann = lambda x: x
print(lambda_ann.__annotations__)
