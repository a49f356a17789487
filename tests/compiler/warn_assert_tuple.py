assert (a, b)
assert (1, 2)
assert ()
assert (a, b), "msg"
