# Character class predicates over ASCII and Unicode samples.
samples = ["abc", "ABC", "Abc", "aBc", "abc123", "123", "١٢٣", "½", "²", "Ⅻ", "一二三",
           "", " ", "\t\n", "\u00a0", "\u200b", "abc def", "Hello World", "Hello world",
           "HELLO WORLD", "hello_world", "_private", "2fast", "class", "naïve", "ǅ", "ß",
           "\x00", "\x7f", "é", "𝔘𝔫𝔦", "ab\u0301c", "a-b", "Title Case Here", "ΣΊΣΥΦΟΣ"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
         "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(p[2:6] for p in preds))
for s in samples:
    flags = "".join("T" if getattr(s, p)() else "." for p in preds)
    print(flags, repr(s))
print(str.isdigit("٣"), "³".isdecimal(), "三".isnumeric(), "Ⅷ".isalpha())
try:
    "a".isalpha("b")
except TypeError as e:
    print(type(e).__name__, e)
print(["x".isidentifier() for x in ["x"]], "α".isidentifier(), "$x".isidentifier(), "x y".isidentifier())
print(all(c.isprintable() for c in "hello, world!"), "\n".isprintable(), "\u2028".isprintable())
print([c for c in "aA1 _\t" if c.isalnum()], [c.isspace() for c in " \x1c\x1f\x20"])
def classify(c):
    if c.isdecimal():
        return "decimal"
    if c.isdigit():
        return "digit"
    if c.isnumeric():
        return "numeric"
    if c.isalpha():
        return "alpha"
    if c.isspace():
        return "space"
    return "other"
print([(c, classify(c)) for c in "7٣²½Ⅻxß \u2003!"])
print("".isalpha(), "".isspace(), "".isdigit(), "".isascii(), "".isprintable(), "".istitle())
print("A".isupper(), "A1".isupper(), "1".isupper(), "a1".islower(), "ǅ".isupper(), "ǅ".islower())
print("Hello World".istitle(), "Hello world".istitle(), "HeLLo".istitle(), "1st Place".istitle())
print("abc\x80".isascii(), "\x7f".isascii(), "\x7f".isprintable(), " ".isprintable())
print("if".isidentifier(), "None".isidentifier(), "_".isidentifier(), "a1".isidentifier())
