# Generator cleanup paths: finally on exhaustion, on break from a for loop (via close), on exceptions.
def resource(name):
    print(f"  open {name}")
    try:
        for i in range(3):
            yield i
    finally:
        print(f"  close {name}")
for v in resource("exhausted"):
    pass
print("after exhaustion")
gen = resource("broken out of")
for v in gen:
    if v == 1:
        break
print("after break, generator suspended; closing explicitly")
gen.close()
def raising_consumer():
    g = resource("consumer raises")
    try:
        for v in g:
            raise ValueError("consumer failed")
    finally:
        g.close()
try:
    raising_consumer()
except ValueError as e:
    print("caught", e)
def failing():
    try:
        yield 1
        raise KeyError("inside generator")
    finally:
        print("  finally before the exception escapes")
try:
    for v in failing():
        print("got", v)
except KeyError as e:
    print("caught", repr(e))
def nested_finally():
    try:
        try:
            yield "a"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
n = nested_finally()
next(n)
n.close()
def close_raises():
    try:
        yield
    finally:
        raise OSError("error during close")
cr = close_raises()
next(cr)
try:
    cr.close()
except OSError as e:
    print("close propagated", e)
def catch_everything():
    while True:
        try:
            yield "value"
        except Exception:
            print("  GeneratorExit is not an Exception, so this never runs")
ce = catch_everything()
next(ce)
ce.close()
print("closed fine")
def throw_then_finally():
    try:
        yield
    finally:
        print("  finally on throw")
tf = throw_then_finally()
next(tf)
try:
    tf.throw(RuntimeError("thrown"))
except RuntimeError as e:
    print("thrown exception came back out:", e)
