# Generator-based coroutines with send(): priming decorators, accumulators, pipelines, return values, close/throw.
def coroutine(fn):
    def start(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = fn.__name__
    return start
@coroutine
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        term = yield avg
        if term is None:
            return count, avg
        total += term
        count += 1
        avg = total / count
a = averager()
print([a.send(v) for v in (10, 20, 30, 40)])
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value, e.args)
try:
    a.send(1)
except StopIteration as e:
    print("after finish:", repr(e), e.args, e.value)
@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@coroutine
def collector(out):
    try:
        while True:
            out.append((yield))
    except GeneratorExit:
        out.append("<closed>")
found = []
sink = collector(found)
g = grep("py", sink)
for line in ["python rocks", "java", "pypy too", "ruby", "happy"]:
    g.send(line)
g.close()
sink.close()
print(found)
def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                received.append(f"handled {e}")
    finally:
        print("echo finalized with", received)
e = echo()
print(next(e), e.send("a"), e.throw(ValueError("bad")), e.send("b"))
try:
    e.throw(KeyError("fatal"))
except KeyError as exc:
    print(type(exc).__name__, exc)
print(e.gi_frame is None)
def delegator():
    result = yield from averager_plain()
    yield f"delegate got {result}"
def averager_plain():
    total = n = 0
    while (v := (yield)) is not None:
        total += v
        n += 1
    return total / n if n else 0
d = delegator()
next(d)
for v in (1, 2, 3, 6):
    d.send(v)
print(d.send(None))
d.close()
def running_max():
    best = None
    while True:
        v = yield best
        best = v if best is None or v > best else best
rm = running_max()
next(rm)
print([rm.send(v) for v in (3, 1, 4, 1, 5, 9, 2, 6)])
rm.close()
try:
    rm.send(1)
except StopIteration as exc:
    print("closed generator:", repr(exc))
fresh = running_max()
try:
    fresh.send(5)
except TypeError as exc:
    print(type(exc).__name__, exc)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return "stopped at " + str(n)
        else:
            n += 1
c = counter()
print(next(c), c.send(None), c.send("x"), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as exc:
    print(exc.value, repr(exc))
