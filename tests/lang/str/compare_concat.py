# String comparison, concatenation, repetition, membership, hashing equality.
a, b = "apple", "banana"
print(a < b, a > b, a == "apple", a != b, a <= a, "Apple" < "apple", "a" * 3 == "aaa")
print(a + b, a + "", "" + "", a * 0, a * -1, a * 2, 3 * "ab", "-" * 10)
print(sorted(["pear", "Pear", "apple", "Apple", "äpple", "10", "9", "", " "]))
print(max(["pear", "apple", "fig"]), min("zebra"), max("a", "B"))
for bad in ["'a' + 1", "1 + 'a'", "'a' * 'b'", "'a' * 1.5", "'a' - 'b'", "'a' < 1", "-'a'", "'a' + None"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
try:
    "x" * (2 ** 62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    "x" * (2 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
s = "ab"
s += "cd"
s *= 2
print(s, "bc" in s, "" in s, "x" not in s, "ABC" in s.upper())
print(hash("abc") == hash("ab" + "c"), "abc" == "".join(["a", "b", "c"]))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), len("".join(parts)))
print("abc".__add__("def"), "ab".__mul__(3), "ab".__rmul__(2), "abc".__lt__("abd"))
print("abc".__eq__(1), "abc".__add__(1) if False else "str.__add__(1) raises")
print(str.__eq__("a", "a"), str.__ne__("a", "b"), str.__ge__("b", "a"))
print(("a" "b" "c"), ("con" "cat" "enation"))
print("" == str(), str() == "", str("") == "")
total = ""
for ch in "hello":
    total = ch + total
print(total)
print(["x"] * 3 == list("xxx"), tuple("ab") * 2)
print("ß" == "ss", "ß".casefold() == "ss".casefold(), "é" == "e\u0301")
print(sorted(["b10", "b9", "a100", "a20"]), sorted(["b10", "b9"], key=len))
