a == b
a != b
a < b
a <= b
a > b
a >= b
a is b
a is not b
a in b
a not in b
a < b < c <= d == e != f > g >= h is i is not j in k not in l
