# __length_hint__: consulted by list() and friends as a size estimate; bad hints are errors, wrong hints harmless.
class Hinted:
    def __init__(self, items, hint):
        self.items, self.hint = items, hint
    def __iter__(self):
        return iter(self.items)
    def __length_hint__(self):
        print(f"  __length_hint__ -> {self.hint!r}")
        return self.hint
print(list(Hinted([1, 2, 3], 3)))
print(list(Hinted([1, 2, 3], 100)))
print(list(Hinted([1, 2, 3], 0)))
print(tuple(Hinted("ab", 2)))
for bad in [-1, "3", 2.5]:
    try:
        print(list(Hinted([1], bad)))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
class NotImplementedHint(Hinted):
    def __length_hint__(self):
        print("  __length_hint__ -> NotImplemented")
        return NotImplemented
print(list(NotImplementedHint([7, 8], 0)))
class RaisingHint(Hinted):
    def __length_hint__(self):
        raise RuntimeError("hint failed")
try:
    list(RaisingHint([1], 0))
except RuntimeError as e:
    print(type(e).__name__, e)
class TypeErrorHint(Hinted):
    def __length_hint__(self):
        raise TypeError("hint type error")
try:
    print(list(TypeErrorHint([1, 2], 0)))
except TypeError as e:
    print("TypeError from __length_hint__ propagates:", e)
class WithLen:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        print("  __len__ used as the hint")
        return 2
    def __length_hint__(self):
        print("  never: __len__ wins")
        return 99
print(list(WithLen()))
it = iter([1, 2, 3, 4])
print(it.__length_hint__())
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())
print(iter(range(10)).__length_hint__(), reversed([1, 2]).__length_hint__(), iter("abc").__length_hint__())
print(iter({1: 2}).__length_hint__(), iter({1, 2}).__length_hint__(), iter((1, 2, 3)).__length_hint__())
