# aiter() and anext() argument errors and what they return for async generators and classes.
async def agen():
    yield 1
class AiterOnly:
    def __aiter__(self):
        return self
class AiterGood:
    def __aiter__(self):
        return Anexter()
class Anexter:
    def __anext__(self):
        return "not awaitable"
class AiterRaises:
    def __aiter__(self):
        raise KeyError("from __aiter__")
g = agen()
print(aiter(g) is g, type(anext(g)).__name__, type(anext(g, 0)).__name__)
for obj in [AiterOnly(), AiterGood(), AiterRaises(), None, agen]:
    try:
        r = aiter(obj)
        print("aiter ->", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (g, 1, 2), (Anexter(),), (Anexter(), "dflt"), (AiterOnly(),), (1, 2)]:
    try:
        r = anext(*args)
        print("anext ->", type(r).__name__, r if isinstance(r, str) else "")
    except Exception as e:
        print(type(e).__name__, e)
try:
    aiter(g, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    aiter()
except TypeError as e:
    print(type(e).__name__, e)
aw = anext(Anexter(), "d")
for step in ("send", "next"):
    try:
        aw.send(None) if step == "send" else next(aw)
    except TypeError as e:
        print(step, type(e).__name__, e)
print(aiter.__doc__.splitlines()[0])
g2 = agen()
print(type(g2.__aiter__()).__name__, type(g2.__anext__()).__name__)
