# assert: messages, evaluation only on failure, tuple pitfall warning-free forms, AssertionError args.
def check(v):
    assert v > 0, f"expected positive, got {v}"
    return v
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
evaluated = []
def message():
    evaluated.append("message built")
    return "lazy"
assert True, message()
print(evaluated)
try:
    assert 0, message()
except AssertionError as e:
    print(e, evaluated)
try:
    assert None, {"structured": 1}
except AssertionError as e:
    print(e.args[0], type(e.args[0]).__name__)
class Falsy:
    def __bool__(self):
        return False
try:
    assert Falsy(), "custom falsy"
except AssertionError as e:
    print(e)
def assert_in_loop(values):
    for v in values:
        assert isinstance(v, int), f"bad value {v!r}"
    return "all ints"
print(assert_in_loop([1, 2]))
try:
    assert_in_loop([1, "x"])
except AssertionError as e:
    print(e)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
class Broken:
    def __bool__(self):
        raise ValueError("bool failed inside assert")
try:
    assert Broken()
except ValueError as e:
    print(type(e).__name__, e)
print(__debug__)
x = 5
assert x == 5
assert (x
        == 5), "parenthesised condition"
print("assertions passed")
