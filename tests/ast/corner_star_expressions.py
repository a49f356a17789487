a = *b,
c = [*d]
e = {*f}
g = (*h,)
return_ = (*i, *j, k)
for x in *a, *b:
    pass
f(*a, *b, *c)
