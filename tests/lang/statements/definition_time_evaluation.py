# Statements that run at definition time: default values, decorators, class bodies, annotations.
trace = []
def note(msg, value=None):
    trace.append(msg)
    return value
def decorator(fn):
    note(f"decorating {fn.__name__}")
    return fn
@decorator
def func(a=note("default for a", 1), b: note("annotation for b", int) = note("default for b", 2)):
    note("body of func")
    return a + b
print(trace)
trace.clear()
print(func(), trace)
trace.clear()
class C(note("base expression", object)):
    note("class body start")
    attr = note("class attribute", 5)
    def method(self, x=note("method default", 0)):
        return x
    note("class body end")
print(trace)
trace.clear()
if note("condition", True):
    note("then branch")
print(trace)
trace.clear()
for i in note("for iterable", range(2)):
    note(f"loop {i}")
print(trace)
trace.clear()
with_value = note("ternary test", False) and note("never") or note("fallback", "fb")
print(with_value, trace)
trace.clear()
lam = lambda v=note("lambda default", 3): v
print(lam(), trace)
trace.clear()
def outer():
    note("outer body")
    def inner(k=note("inner default", "k")):
        return k
    return inner
fn = outer()
print(fn(), trace)
