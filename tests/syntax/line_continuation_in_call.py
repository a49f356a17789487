f(a, \b)
