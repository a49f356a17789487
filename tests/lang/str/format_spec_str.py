# The format mini-language applied to strings: fill, align, width, precision.
words = ["", "a", "abc", "hello world", "日本語", "ü"]
specs = ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "10.3", "-<6", "=>4", ".0", "^1", "x^8.1"]
for w in words:
    print(repr(w), [format(w, s) for s in specs])
for bad in ["d", "+", " 5", "05", "#", ",", "_", "=5", "5.2f", "z", ".s"]:
    try:
        print(repr(bad), repr(format("abc", bad)))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format("abc", "\x00<5") == "abc\x00\x00", format("ab", "{^6") + "|", format("ab", "}>4"))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{'trunc':.3}|{'pad':_>8}|{'both':~^11.3}|")
w = 12
print(f"{'dyn':>{w}}|", f"{'dyn':{'*'}^{w - 2}}|")
print(str.__format__("xyz", ">6"), "xyz".__format__(""))
class S(str):
    pass
print(format(S("sub"), ">6"), type(format(S("sub"), "")).__name__)
class S2(str):
    def __format__(self, spec):
        return "custom[" + spec + "]"
print(format(S2("x"), "<3"), f"{S2('y'):abc}", "{:q}".format(S2("z")))
print(format("x" * 3, "<0"), format("abc", "2"), format("abc", ".10"))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
print(f"{'name':<12}{'price':>8}{'qty':>5}")
for name, price, qty in table:
    print(f"{name:<12}{price:>8.2f}{qty:>5d}")
print(f"{'total':<12}{sum(p * q for _, p, q in table):>8.2f}")
print(format("abc", "<"), format("abc", "^"), format("", "*>3"))
try:
    format("abc", "<<<")
except ValueError as e:
    print(type(e).__name__, e)
