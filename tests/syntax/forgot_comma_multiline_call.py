foo(a, b
    c)
