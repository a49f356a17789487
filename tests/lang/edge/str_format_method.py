# str.format: auto/manual numbering, attribute and index lookups, nested specs, conversions, format_map, errors.
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{x}".format(0, x="X"))
print("{0[0]} {0[1][k]} {1.real} {1.imag}".format([5, {"k": "v"}], 3 + 4j))
print("{:>{w}}|{:^{w}}|{:<{w}}".format("r", "c", "l", w=5), "{:{fill}{align}{width}}".format("x", fill="*", align=">", width=4))
print("{0!r} {0!s} {0!a} {1!r:>6}".format("é", 5), "{!r:^9}".format("q"))
print("{{}} {{{}}} {{0}}".format(7), "{:%}".format(0.25), "{:,.2f}".format(1234.5), "{:#b}".format(5), "{:e}".format(0))
print("{0:{1}}".format(3.14159, ".2f"), "{0:{1}{2}}".format(42, "+", "d"), "{:{}}{}".format(1, 3, "x"))
print("{[1]}".format("ab"), "{[-1]}".format({"-1": "neg key"}), "{0[10]}".format({10: "int key"}))
print("{a.__class__.__name__}".format(a=1.5), "{.__len__}".format([]).startswith("<method-wrapper"))
print("{}".format({"a": 1}), "{:}".format(None), "{0}".format((1, 2)), format("x", ""), "{:d}".format(True))
print("{name} is {age}".format_map({"name": "Bo", "age": 3}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Default(a="A")))
errors = [("{", ()), ("}", ()), ("{0", ()), ("{!r}", ()), ("{0!x}", (1,)), ("{:d}", ("s",)), ("{:s}", (1,)), ("{0:.{1}}", (1.5,)),
          ("{x}", ()), ("{0}", ()), ("{} {1}", (1, 2)), ("{0} {}", (1, 2)), ("{0.missing}", (1,)), ("{0[5]}", ([],)),
          ("{0[x]}", ([],)), ("{:,s}", ("s",)), ("{:=s}", ("s",)), ("{:+s}", ("s",)), ("{:.1d}", (1,)), ("{:c}", (-1,)),
          ("{:X}", (1.5,)), ("{0:{1:{2}}}", (1, 2, 3)), ("{:" + "9" * 25 + "}", (1,))]
for fmt, args in errors:
    try:
        print(repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("{:>010}".format(-5), "{:=+8.2f}".format(3.14159), "{:^+9}".format(7), "{:010.3e}".format(12345.678))
print("{:n}".format(1234567), "{:g}".format(1234567.0), "{:.0e}".format(5.5), "{:#.0f}".format(2.0), "{:#o}".format(0))
print("{:x<4}|{:0>4}|{:0<4}".format(1, 2, 3), "{:_b}".format(255), "{:_x}".format(2 ** 40), "{:,d}".format(-10 ** 7))
print("{:s}".format("plain"), "{!s:>5}".format(1), "{0:}".format("empty spec"), "{0!r:}".format(0.1))
