# Generator functions seen as functions: flags, laziness of the body, arguments bound at call time.
def gen(a, b=2):
    print("  body starts", a, b)
    yield a
    yield b
g = gen(1)
print(type(g).__name__, bool(gen.__code__.co_flags & 0x20), g.__name__, g.__qualname__)
print("created, nothing printed yet")
print(next(g), next(g), next(g, "done"))
try:
    gen()
except TypeError as e:
    print("argument errors happen at call time:", e)
def has_yield_in_dead_code():
    return "returned"
    yield
g2 = has_yield_in_dead_code()
print(type(g2).__name__)
try:
    next(g2)
except StopIteration as e:
    print("StopIteration value:", e.value)
def not_a_generator():
    def inner():
        yield 1
    return inner
print(type(not_a_generator()).__name__, type(not_a_generator()()).__name__)
lam = lambda: (yield 5)
lg = lam()
print(next(lg), type(lg).__name__)
def gen_with_default_eval(x=[]):
    x.append(len(x))
    yield x
print(next(gen_with_default_eval()), next(gen_with_default_eval()))
def yield_in_expression():
    received = yield "first"
    yield f"received {received}"
ye = yield_in_expression()
print(next(ye), ye.send("hello"))
def genexp_vs_list():
    return (x for x in range(3)), [x for x in range(3)]
ge, li = genexp_vs_list()
print(type(ge).__name__, li, list(ge), list(ge))
def running_frame():
    yield g3.gi_running
g3 = running_frame()
print(g3.gi_running, next(g3), g3.gi_frame is not None)
list(g3)
print(g3.gi_frame)
def closure_gen():
    count = 0
    def inner():
        nonlocal count
        count += 1
        yield count
    return inner
cg = closure_gen()
print(next(cg()), next(cg()), next(cg()))
print(gen.__code__.co_varnames, gen.__defaults__)
