# Coroutine throw() and close(): exceptions delivered at the await point, cleanup, GeneratorExit.
class Point:
    def __await__(self):
        value = yield "suspended"
        return value
async def careful():
    try:
        got = await Point()
        return f"normal completion with {got}"
    except KeyError as e:
        return f"recovered from {e!r}"
    finally:
        print("  careful: finally")
c = careful()
print(c.send(None))
try:
    c.throw(KeyError("injected"))
except StopIteration as e:
    print(e.value)
c2 = careful()
c2.send(None)
try:
    c2.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated:", repr(e))
c3 = careful()
c3.send(None)
print("close returns", c3.close())
async def stubborn():
    try:
        await Point()
    except GeneratorExit:
        await Point()
s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
async def inner():
    try:
        await Point()
    finally:
        print("  inner cleanup")
async def outer():
    try:
        await inner()
    finally:
        print("  outer cleanup")
o = outer()
o.send(None)
o.close()
o2 = outer()
o2.send(None)
try:
    o2.throw(RuntimeError("through two levels"))
except RuntimeError as e:
    print("came back out:", e)
never_started = careful()
never_started.close()
print("closing an unstarted coroutine is silent")
async def returns_during_throw():
    try:
        await Point()
    except Exception:
        return "return value from handler"
r = returns_during_throw()
r.send(None)
try:
    r.throw(Exception("x"))
except StopIteration as e:
    print(e.value)
