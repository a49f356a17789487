# Generator introspection: gi_running, gi_frame, gi_code, gi_suspended; ValueError when re-entered.
def gen():
    print("  running inside:", g.gi_running)
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_suspended)
next(g)
print(g.gi_suspended, g.gi_frame.f_lineno > 0)
list(g)
print(g.gi_frame, g.gi_suspended, g.gi_running)
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
def frame_locals():
    a = 1
    yield
    b = 2
    yield
fl = frame_locals()
next(fl)
print(sorted(fl.gi_frame.f_locals))
next(fl)
print(sorted(fl.gi_frame.f_locals))
def closes_self():
    yield
    c.close()
c = closes_self()
next(c)
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)
def send_self():
    yield s.send(None)
s = send_self()
try:
    next(s)
except ValueError as e:
    print(type(e).__name__, e)
ge = (i for i in range(3))
print(ge.gi_code.co_name, ge.gi_running, type(ge.gi_frame).__name__)
def gen_name():
    yield
gn = gen_name()
gn.__name__ = "renamed"
print(gn.__name__, gn.__qualname__)
try:
    gn.__name__ = 1
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(gn, "send"), hasattr(gn, "throw"), hasattr(gn, "close"), hasattr(gn, "__next__"))
