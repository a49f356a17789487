f(*a)
f(*a, *b)
f(1, *a, 2)
