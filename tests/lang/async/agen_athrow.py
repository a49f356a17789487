# athrow(): both signatures, handled and unhandled exceptions, and athrow on finished generators.
def drive(aw):
    try:
        while True:
            r = aw.send(None)
            print("  suspended with", r)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("StopAsyncIteration",)
    except Exception as e:
        return ("raised", type(e).__name__, str(e))
async def guarded():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  caught", repr(e))
            n += 10
        except KeyError:
            print("  KeyError: stopping")
            return
        n += 1
g = guarded()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("instance"))))
print(drive(g.athrow(ValueError, "class and value")))
print(drive(g.athrow(ValueError, ("tuple", 2))))
print(drive(g.athrow(ValueError)))
print(drive(g.__anext__()))
print(drive(g.athrow(KeyError)))
print(drive(g.athrow(ValueError)))
print(drive(g.__anext__()))
h = guarded()
print(drive(h.athrow(TypeError("before start"))))
print(drive(h.__anext__()))
k = guarded()
print(drive(k.__anext__()))
print(drive(k.athrow(OSError(2, "not found"))))
for args in [(), (1, 2, 3, 4)]:
    try:
        print(drive(guarded().athrow(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
m = guarded()
drive(m.__anext__())
print(drive(m.athrow(ValueError("x"), "extra")))
print(drive(m.athrow(42)))
print(drive(m.athrow(ValueError, None, 5)))
t = m.athrow(ValueError)
print(drive(t))
print(drive(t))
t = guarded().athrow(ValueError)
try:
    t.send("not none")
except RuntimeError as e:
    print(type(e).__name__, e)
