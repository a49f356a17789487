# Generator corner cases: yield inside try/except/finally, yield in expressions, send into yield from chains.
def yield_in_except():
    try:
        raise ValueError("x")
    except ValueError:
        yield "in except"
    yield "after"
print(list(yield_in_except()))
def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(yield_in_finally()))
def precedence():
    x = yield 1
    y = yield x, 2
    z = (yield) or "default"
    yield x, y, z
p = precedence()
print(next(p), p.send("sx"), p.send("sy"), p.send(None))
def yield_as_argument():
    print("  printing", (yield "first"), (yield "second"))
    yield "done"
ya = yield_as_argument()
print(next(ya), ya.send("A"), ya.send("B"))
def yield_in_comprehension_is_error():
    return "compile-time check below"
for src in ["def f():\n    [(yield x) for x in y]\n", "def f():\n    return (yield)\n", "yield 1\n",
            "class C:\n    yield 1\n", "def f():\n    lambda: (yield)\n"]:
    try:
        compile(src, "<y>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
def deep_delegation(n):
    if n == 0:
        received = yield "bottom"
        return f"bottom got {received}"
    result = yield from deep_delegation(n - 1)
    return f"level {n} <- {result}"
d = deep_delegation(3)
print(next(d))
try:
    d.send("payload")
except StopIteration as e:
    print(e.value)
def infinite_with_state():
    seen = set()
    n = 0
    while True:
        cmd = yield len(seen)
        if cmd == "reset":
            seen.clear()
        elif cmd is not None:
            seen.add(cmd)
        n += 1
s = infinite_with_state()
next(s)
print([s.send(x) for x in ["a", "b", "a", "reset", "c"]])
def exhausted_after_exception():
    yield 1
    raise KeyError("boom")
e = exhausted_after_exception()
next(e)
try:
    next(e)
except KeyError:
    pass
print(next(e, "exhausted after the exception"))
def returns_none_explicitly():
    yield
    return None
try:
    r = returns_none_explicitly()
    next(r)
    next(r)
except StopIteration as stop:
    print("value:", stop.value, "args:", stop.args)
