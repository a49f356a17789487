# Remaining str behaviours: len, in-place building, str * int edge cases, index/count methods on
# long strings, and method lookups through the type.
s = "abc" * 1000
print(len(s), s.count("abc"), s.find("cab"), s.rfind("cab"), s[1500:1506])
print(len(""), len("\U0001F600" * 3), len("\r\n"))
print(str.join(",", ["x", "y"]), str.split("a b"), str.strip("  x "), str.capitalize("hello"))
methods = ["upper", "lower", "title", "strip", "swapcase"]
for m in methods:
    print(m, getattr("  MiXed case  ", m)())
print(callable(str.upper), str.upper.__name__, type(str.upper).__name__, type("".upper).__name__)
print(str.__len__("abcd"), str.__getitem__("abcd", -1), str.__mul__("ab", 2))
print("a" < "b" < "c", "c" > "b" > "a", "abc".__hash__() == hash("abc"))
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    str.upper = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".__dict__
except AttributeError as e:
    print(type(e).__name__, e)
words = "the rain in spain falls mainly on the plain".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(max(words, key=len), min(words), words.count("the"), " ".join(reversed(words)))
acc = []
for w in words:
    if "ain" in w:
        acc.append(w.replace("ain", "AIN"))
print(acc)
print("".join(w[0] for w in words).upper())
print({w: len(w) for w in words if len(w) > 4})
print("abc".startswith(("x", "a")), "abc" * 0 == "", type("a" * 0).__name__)
print("x".join([]) == "", "x".join(["only"]), "-".join("abc"), "".join(["a", "", "b"]))
print("%s|%s" % ("a".ljust(3), "b".rjust(3)), "a".center(3) + "|")
print("hello"[1:4:2], "hello"[10:0:-3], "hello"[-2::-2])
print(ascii("hé"), repr("hé"), str("hé"))
print(sum(map(len, words)), len(" ".join(words)))
print("CamelCaseString".swapcase(), "snake_case_here".replace("_", " ").title().replace(" ", ""))
print(list("a-b_c d".translate(str.maketrans("-_", "  ")).split()))
