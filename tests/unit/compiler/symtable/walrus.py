# Assignment expressions in comprehensions bind in the enclosing function or module.
[(a := 1) for x in range(3)]
print([[(b := y) for y in range(2)] for x in range(2)], a, b)
(c := 5)

def f(seq):
    [(d := x) for x in seq]
    [[(e := x) for y in seq] for x in seq]
    {k: (g := v) for k, v in seq}
    ((h := x) for x in seq)
    return d, e, g, h

def outer():
    global w
    [(w := 1) for x in ()]
    def inner():
        [(v := 2) for x in ()]
        return lambda: v
    return inner

def uses_lambda():
    return [lambda: (q := 3) for x in ()]

def shadow(x):
    [(x := 1) for y in ()]
    return x

class C:
    def m(self):
        [(__p := 1) for y in ()]
        return [(__s := i) for __s2 in () for i in ()]
