# lambda expressions: defaults, varargs, closures, immediate invocation, in data structures, limits.
sq = lambda x: x * x
print(sq(5), sq.__name__, sq.__qualname__, (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=10: x + y)(1), (lambda x, /, *, y: (x, y))(1, y=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(sorted(["ccc", "a", "bb"], key=lambda s: -len(s)), list(map(lambda p: p[0] * p[1], [(2, 3), (4, 5)])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
print((lambda n: (lambda f, n: f(f, n))(lambda f, k: 1 if k <= 1 else k * f(f, k - 1), n))(6))
conditional = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([conditional(v) for v in (-2, 0, 3)])
print((lambda: (yield))().__class__.__name__)
print(type(lambda: 0).__name__, (lambda: 0).__code__.co_name, (lambda a, b: 0).__code__.co_argcount)
print((lambda x: x).__doc__, (lambda: None)() is None)
funcs = [lambda x, n=n: x ** n for n in range(4)]
print([f(2) for f in funcs])
walrus = lambda v: (y := v * 2, y + 1)
print(walrus(5))
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda: 1)(1)
except TypeError as e:
    print(type(e).__name__, e)
for src in ["lambda x: return x", "lambda: x = 1", "lambda (x): x"]:
    try:
        compile(src, "<l>", "eval")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
class C:
    f = lambda self: "lambda method"
    g = staticmethod(lambda: "static lambda")
print(C().f(), C.g(), C.f.__qualname__)
print(list(filter(lambda s: s.strip(), ["a", " ", "", "b "])))
nested = lambda: lambda: lambda: "deep"
print(nested()()(), nested.__qualname__, nested().__qualname__)
default_lambda = lambda x=lambda: "default": x()
print(default_lambda())
print((lambda *args: sum(args))(*range(5)), (lambda **kw: sorted(kw))(**{"b": 1, "a": 2}))
