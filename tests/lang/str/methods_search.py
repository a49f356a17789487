# Searching: find/rfind/index/rindex/count/startswith/endswith with ranges and tuples; in.
s = "the quick brown fox jumps over the lazy dog"
for sub in ["the", "o", "fox", "cat", "", " ", "dog", "t"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.find("o", 13), s.find("o", 13, 15), s.find("o", -10), s.rfind("o", 0, 20), s.find("the", -3))
print(s.count("o", 10, 30), s.count("", 0, 5), "".count(""), "aaaa".count("aa"), "aaaa".count("a", 1))
print(s.index("quick"), s.rindex("o"), "abcabc".index("c", 3), "abcabc".rindex("a", 0, 3))
for args in [("cat",), ("the", 5, 10), ("z", -3)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print(args, type(e).__name__, e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.startswith(()))
print(s.endswith("dog"), s.endswith("lazy", 0, -4), s.endswith(("cat", "dog")), s.endswith(""))
print(s.startswith("", 100), s.startswith("", 43), "abc".endswith("", 3, 2), "abc".startswith("abc", -100))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("dog", 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in s
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("o", None, None), s.count("o", None), s.find("the", 1, None))
print("mississippi".find("ssi"), "mississippi".rfind("ssi"), "mississippi".count("ss"))
print("ababab".find("bab", 2), "ab" * 1000 .find("ba", 1500) if False else ("ab" * 1000).find("ba", 1500))
print("ñandú".find("dú"), "日本語テキスト".find("テ"), "𝄞music𝄞".rfind("𝄞"), len("𝄞music𝄞"))
print(str.find("hello", "l"), str.count("hello", "l"), str.__contains__("hello", "ell"))
