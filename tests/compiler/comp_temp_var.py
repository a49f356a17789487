x = [y for x in a for y in [f(x)]]
z = [y for x in a for y in (g(x),)]
