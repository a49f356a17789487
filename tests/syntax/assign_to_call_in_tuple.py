a.b, c() = x
