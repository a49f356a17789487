# Class body execution: order of statements, name visibility from methods and comprehensions.
x = "global x"
class Body:
    print("class body runs at definition time")
    x = "class x"
    y = x + " used in body"
    def method(self):
        return x
    doubled = [x for _ in range(2)]
    items = [i * 2 for i in range(3)]
    try:
        broken = [y for _ in range(1)]
    except NameError as e:
        broken = f"{type(e).__name__}: {e}"
    first = items[0]
    del first
    if True:
        conditional = "defined in if"
    for loop_var in range(3):
        pass
print(Body.y, Body().method(), Body.doubled, Body.items, Body.broken)
print(Body.conditional, Body.loop_var, hasattr(Body, "first"))
def make_class(value):
    class Inner:
        captured = value
        def get(self):
            return value
    return Inner
K = make_class(7)
print(K.captured, K().get())
def outer():
    v = "enclosing"
    class C:
        v = "class attr"
        seen_in_body = v
        def m(self):
            return v
    return C
C = outer()
print(C.seen_in_body, C().m(), C.v)
def outer2():
    w = "enclosing w"
    class D:
        try:
            print("  body sees", w)
        except NameError as e:
            print("  assigned later in the body, so looked up as a global:", e)
        w = "shadow"
        print("  after assignment", w)
    return D
outer2()
counter = 0
class Side:
    global counter
    counter += 1
print(counter)
def with_nonlocal():
    n = 0
    class E:
        nonlocal n
        n += 10
    return n
print(with_nonlocal())
class Recursive:
    def fact(self, n):
        return 1 if n <= 1 else n * self.fact(n - 1)
    @staticmethod
    def sfact(n):
        return 1 if n <= 1 else n * Recursive.sfact(n - 1)
print(Recursive().fact(5), Recursive.sfact(6))
class NoSelfRef:
    try:
        NoSelfRef
    except NameError as e:
        err = str(e)
print(NoSelfRef.err)
class Annotated:
    a: int
    b: str = "has value"
    c: "forward"
print(Annotated.__annotations__, hasattr(Annotated, "a"), Annotated.b)
print(sorted(k for k in vars(Body) if not k.startswith("__")))
