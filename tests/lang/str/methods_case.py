# Case conversion: upper, lower, capitalize, title, swapcase, casefold (with Unicode special cases).
samples = ["hello world", "HELLO World", "hElLo wOrLd", "", "123 abc", "they're bill's",
           "ß straße", "ǅungla", "İstanbul", "ﬁne ﬂow", "ΣΑΣ", "όσος ΌΣΟΣ", "ŉ", "a1b2-c3_d4",
           "  spaces  ", "MiXeD\tTaBs\nlines"]
for s in samples:
    print(repr(s))
    print("  upper", repr(s.upper()), "lower", repr(s.lower()))
    print("  capitalize", repr(s.capitalize()), "title", repr(s.title()))
    print("  swapcase", repr(s.swapcase()), "casefold", repr(s.casefold()))
print("ß".upper(), len("ß".upper()), "ß".casefold() == "ss", "ß".lower())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Β".lower())
print("ǈ".upper(), "ǈ".lower(), "ǈ".title(), "ǈ".istitle())
print("hello".upper().lower() == "hello", "ABC".lower().upper())
print(str.upper("abc"), str.title("the quick brown fox"), "o'neil mc-donald".title())
print("123".upper(), "١٢٣".upper(), "ⅷ".upper(), "Ⅷ".lower())
try:
    "abc".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.lower(5)
except TypeError as e:
    print(type(e).__name__, e)
words = "the QUICK bRoWn fox".split()
print([w.capitalize() for w in words], " ".join(w[::-1].title() for w in words))
print("ﬀ".upper(), "ﬃ".title(), "ﬃ".capitalize(), len("ﬃ".upper()))
print("hello world".title() == "Hello World", "Hello World".istitle(), "hello".islower())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "Ǆ".lower(), "ǆ".upper(), "ǆ".title())
class Up(str):
    pass
print(type(Up("x").upper()).__name__, Up("Ab").swapcase())
print("I".lower(), "ı".upper(), "i̇".upper(), len("İ".lower()))
