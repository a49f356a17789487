# Generator methods: send (priming rules), throw (caught/uncaught/types), close (GeneratorExit, finally).
def echo():
    received = None
    while True:
        received = yield f"echo: {received}"
        if received == "stop":
            return "stopped"
e = echo()
print(e.send(None))
print(e.send("hello"))
print(next(e))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration value:", s.value)
fresh = echo()
try:
    fresh.send("too early")
except TypeError as err:
    print(type(err).__name__, err)
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulate()
next(acc)
for v in [10, 20, 5]:
    print("running total", acc.send(v))
try:
    next(acc)
except StopIteration as s:
    print("final", s.value)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as err:
            print("  caught inside:", err)
            yield "recovered"
c = catcher()
next(c)
print(c.throw(ValueError("injected")))
print(next(c))
try:
    c.throw(KeyError("not handled"))
except KeyError as err:
    print("propagated out:", repr(err))
print(next(c, "generator is finished"))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup in finally")
w = with_finally()
next(w)
w.close()
print("closed; next gives", next(w, "nothing"))
w2 = with_finally()
w2.close()
print("closing an unstarted generator runs no finally")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to exit"
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as err:
    print(type(err).__name__, err)
def exit_then_return():
    try:
        yield
    except GeneratorExit:
        print("  saw GeneratorExit")
        return "ignored return value"
g = exit_then_return()
next(g)
print(g.close())
t = echo()
try:
    t.throw(ValueError)
except ValueError as err:
    print("throw into unstarted generator raises at start:", repr(err))
print(next(t, "and the generator is now finished"))
d = echo()
next(d)
try:
    d.throw(TypeError, TypeError("instance"), None)
except TypeError as err:
    print("three-argument throw:", err)
