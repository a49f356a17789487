f(x, **k, *a)
