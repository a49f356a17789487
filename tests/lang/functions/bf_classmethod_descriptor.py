# classmethod_descriptor objects (dict.fromkeys, int.from_bytes): binding, attributes and errors.
raw = dict.__dict__["fromkeys"]
print(type(raw).__name__, raw.__name__, raw.__qualname__, raw.__objclass__.__name__)
print(repr(raw))
bound = dict.fromkeys
print(type(bound).__name__, bound.__name__, bound.__qualname__, bound.__self__ is dict)
print(bound("ab"), {}.fromkeys("xy", 0))
class D(dict):
    pass
print(D.fromkeys("a").__class__.__name__, D.fromkeys.__self__ is D, D.fromkeys.__qualname__)
print(raw(dict, "q"), raw(D, "r").__class__.__name__)
print(raw.__get__(None, dict)("s"), raw.__get__({})("t"))
def show(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: raw())
show(lambda: raw(1))
show(lambda: raw(int, "a"))
show(lambda: raw.__get__(None, int))
show(lambda: raw.__get__(None, 5))
show(lambda: raw.__get__(5))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(x=1))
show(lambda: dict.fromkeys(1))
print(type(int.from_bytes).__name__, int.from_bytes.__self__ is int, int.from_bytes.__qualname__)
print(int.from_bytes(b"\x01\x00", "little"), bool.from_bytes(b"\x01", "big"))
print(type(float.fromhex).__name__, float.fromhex("0x1p3"), float.fromhex.__qualname__)
print(bytes.fromhex("4142"), bytes.fromhex.__qualname__, bytearray.fromhex.__self__ is bytearray)
