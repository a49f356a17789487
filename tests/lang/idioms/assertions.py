# assert statement idioms: messages, evaluated-only-on-failure messages, AssertionError handling, __debug__.
def checked_sqrt(x):
    assert x >= 0, f"x must be non-negative, got {x}"
    return x ** 0.5
print(checked_sqrt(16), __debug__)
try:
    checked_sqrt(-4)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
calls = []
def expensive_message():
    calls.append("called")
    return "expensive"
assert True, expensive_message()
print("message not evaluated on success:", calls)
try:
    assert 1 + 1 == 3, expensive_message()
except AssertionError as e:
    print(type(e).__name__, e, calls)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args, str(e) == "")
try:
    assert None, None
except AssertionError as e:
    print("message None:", e.args)
try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print("tuple message:", e.args)
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        assert self.items[-1] is x
    def pop(self):
        assert self.items, "pop from empty stack"
        return self.items.pop()
s = Stack()
s.push(1)
print(s.pop())
try:
    s.pop()
except AssertionError as e:
    print(type(e).__name__, e)
def invariant_loop(n):
    total = 0
    for i in range(n):
        total += i
        assert total == i * (i + 1) // 2, "invariant broken"
    return total
print(invariant_loop(100))
for value in (5, "5", 5.0, None):
    try:
        assert isinstance(value, int), f"expected int, got {type(value).__name__}"
        print("ok", value)
    except AssertionError as e:
        print("AssertionError", e)
class NotBool:
    def __bool__(self):
        raise ValueError("no truth value")
try:
    assert NotBool()
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e, e.args, isinstance(e, Exception))
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__)
if __debug__:
    print("debug checks enabled")
try:
    exec("assert False, 'from exec'")
except AssertionError as e:
    print("exec:", e)
