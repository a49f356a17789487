# Generators: send() before start, throw() into a suspended frame, close() with GeneratorExit handling, return values.
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None), g.send("a"), g.send("b"), next(g))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("after close", type(e).__name__)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)
c = catcher()
print(next(c), c.throw(ValueError("x")), next(c), c.throw(ValueError, "y"))
try:
    c.throw(KeyError("uncaught"))
except KeyError as e:
    print(type(e).__name__, e)
try:
    next(c)
except StopIteration:
    print("dead after uncaught throw")

def fresh():
    yield 1
f = fresh()
try:
    f.throw(RuntimeError("before start"))
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(f))

def returns():
    x = yield 1
    return "result " + str(x)
r = returns()
next(r)
try:
    r.send("sent")
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

def refuses_close():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
rc = refuses_close()
next(rc)
try:
    rc.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def close_returns():
    try:
        yield 1
    finally:
        print("finally on close")
cr = close_returns()
next(cr)
print(cr.close())

def stop_inside():
    yield 1
    raise StopIteration("inner")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def running():
    yield gen_ref.send(None)
gen_ref = running()
try:
    next(gen_ref)
except ValueError as e:
    print(type(e).__name__, e)

def delegator():
    result = yield from sub()
    yield "sub returned " + str(result)
def sub():
    try:
        v = yield "sub1"
        yield "sub got " + str(v)
    except KeyError:
        yield "sub caught KeyError"
    return 42
d = delegator()
print(next(d), d.send("hello"), next(d))
d2 = delegator()
print(next(d2), d2.throw(KeyError), next(d2))
print(g.gi_frame, type(fresh()).__name__, fresh().__name__, fresh().gi_running)
def state():
    yield
s = state()
print(s.gi_frame is not None, s.gi_suspended if hasattr(s, "gi_suspended") else "n/a")
next(s)
print(s.gi_suspended if hasattr(s, "gi_suspended") else "n/a")
s.close()
print(s.gi_frame)
def throw_tb():
    try:
        yield
    except Exception as e:
        yield type(e).__name__
t = throw_tb()
next(t)
print(t.throw(TypeError("t")))
try:
    t.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
