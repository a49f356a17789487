(x for x in y)
sum(x * x for x in range(10))
f((x for x in y), z)
any(c.isdigit() for c in s if c)
