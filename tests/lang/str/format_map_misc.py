# str.format_map with dict subclasses, __missing__, and other less common str methods.
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age} years".format_map(Default(name="Ann")))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world}".format_map(Mapping()))
try:
    "{0}".format_map(Mapping())
except Exception as e:
    print(type(e).__name__, e)
print("abc".encode(), "a-b-c".count("-"), "Hello"[::-1].lower())
print("hello world".title().swapcase(), "%s" % "x".join("123"))
print("  a  ".isspace(), " ".join("  a  b ".split()), "x".zfill(3))
print("abcabc".rindex("b"), "abcabc".rfind("b", 0, 4), "abc".index(""))
print("tic-tac-toe".rpartition("-"), "tic-tac-toe".partition("-"))
print("a\tb".expandtabs(2), "A".__len__(), "ab".__contains__("b"))
print(str.__doc__ is not None, "upper" in dir(str), len(dir(str)) > 40)
print(sorted(n for n in dir("") if not n.startswith("_")))
print("X".join(["1", "2"]).split("X"), "x".center(1), "x".center(2, "-"))
try:
    "x".nosuchmethod()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", "1")
except TypeError as e:
    print(type(e).__name__, e)
print("a,b,c".split(sep=",", maxsplit=1), "a b".split(sep=None))
