# Truth values of builtin containers and numbers, and of objects in boolean contexts.
values = [[], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), "", " ", b"", b"\x00", bytearray(),
          range(0), range(1), 0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, None, ..., NotImplemented if False else 2]
for v in values:
    print(f"{v!r:22} {bool(v)}")
print([x for x in values if x] == [x for x in values if bool(x)])
print(any(values), all(values), sum(1 for v in values if not v))
class Deferred:
    def __init__(self, size):
        self.size = size
    def __len__(self):
        return self.size
print(bool(Deferred(0)), bool(Deferred(2)), "yes" if Deferred(1) else "no", not Deferred(0))
print([] or "default", [1] or "default", {} and "never", {"k": 1} and "and-result")
print(0 or 0.0 or "" or None, 0 and 1 or 2)
d = {}
print(d.get("x") or "fallback", d or "empty dict")
