x, *f() = y
