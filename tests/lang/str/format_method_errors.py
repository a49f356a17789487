# str.format errors: missing arguments, bad fields, mixing numbering, bad conversions and specs.
cases = [
    ("{}", (), {}),
    ("{0} {2}", ("a", "b"), {}),
    ("{name}", (), {}),
    ("{} {0}", ("a",), {}),
    ("{0} {}", ("a",), {}),
    ("{!x}", ("a",), {}),
    ("{!}", ("a",), {}),
    ("{:d}", ("a",), {}),
    ("{:s}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0", (1,), {}),
    ("{0[}", ([1],), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[x]}", ({},), {}),
    ("{0.nope}", (1,), {}),
    ("{0.}", (1,), {}),
    ("{0:{1}}", ("a",), {}),
    ("{:{}{}{}}", ("a", "b", "c", "d"), {}),
    ("{:x<<5}", ("a",), {}),
    ("{0:{1:{2}}}", ("a", "b", "c"), {}),
    ("{:,s}", ("a",), {}),
    ("{:=5}", ("a",), {}),
    ("{:+}", ("a",), {}),
    ("{0[0]]}", ([1],), {}),
    ("{a.b[c]}", (), {"a": 1}),
    ("{:.}", (1.5,), {}),
    ("{:1000000000000000000000}", (1,), {}),
]
for fmt, args, kw in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
class NoFormat:
    def __format__(self, spec):
        return 5
try:
    "{}".format(NoFormat())
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    "{:>5}".format(Plain())
except TypeError as e:
    print(type(e).__name__, e)
print("{:}".format(Plain()).startswith("<"))
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
