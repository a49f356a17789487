# join, replace (counts, empty patterns), translate and maketrans.
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]), " ".join(("one",)), "ab".join("123"))
print("\n".join(str(i) for i in range(3)), ", ".join(sorted({"b", "a", "c"})), "".join(map(str, range(5))))
for bad in [["a", 1], [None], "abc".encode()]:
    try:
        print("-".join(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("x", "y"), s.replace(" ", ""), "aaa".replace("a", "aa"), "abc".replace("", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"), "aaaa".replace("aa", "b"))
print("héllo".replace("é", "e"), "日本日本".replace("本", "語", 1))
try:
    "a".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
table2 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "d": 100})
print(sorted(table2.items()), "abcd".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print(sorted(table3.items()), "axbycz".translate(table3))
print("hello".translate({ord("l"): None}), "hello".translate({}), "hi".translate([]) if False else "")
class Rot13:
    def __getitem__(self, c):
        if 97 <= c <= 122:
            return (c - 97 + 13) % 26 + 97
        raise LookupError
print("hello, world".translate(Rot13()))
for bad in [("ab", "c"), (1,), ({"ab": 1},), ({1.5: "x"},)]:
    try:
        str.maketrans(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".translate({97: 3.5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    print(type(e).__name__, e)
