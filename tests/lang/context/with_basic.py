# with statement: __enter__ result bound by as, __exit__ arguments on success and failure, order.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(f"enter {self.name}")
        return f"resource-{self.name}"
    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: type={exc_type.__name__ if exc_type else None} exc={exc!r} tb={type(tb).__name__}")
        return self.suppress
with Tracer("a") as value:
    print("body with", value)
with Tracer("b"):
    print("no as target")
try:
    with Tracer("c"):
        raise ValueError("inside c")
except ValueError as e:
    print("propagated:", e)
with Tracer("d", suppress=True):
    raise KeyError("suppressed")
print("after suppression")
def early_return():
    with Tracer("e"):
        return "returned from inside with"
print(early_return())
for i in range(2):
    with Tracer(f"loop{i}"):
        if i == 0:
            continue
        break
t = Tracer("reuse")
with t as first:
    pass
with t as second:
    pass
print(first == second)
class ReturnsSelf:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("exit args:", args)
with ReturnsSelf() as rs:
    print(type(rs).__name__)
class Obj:
    pass
holder = Obj()
with Tracer("attr target") as holder.value:
    pass
print(holder.value)
d = {}
with Tracer("item target") as d["k"]:
    pass
print(d)
class Pair:
    def __enter__(self):
        return ("left", "right")
    def __exit__(self, *a):
        return None
with Pair() as (x, y):
    pass
print(x, y)
class Truthy:
    def __bool__(self):
        print("__bool__ of __exit__ result consulted")
        return True
class SuppressViaTruthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return Truthy()
with SuppressViaTruthy():
    raise RuntimeError("suppressed by a truthy object")
print("done")
