# Union equality and hashing ignore order; unions compare only with unions.
print(int | str == str | int, int | str != str | int, int | str == int | bytes)
print(int | str == int | str | int, int | str == int | str | bytes)
print((int | str) == (int, str), (int | str) == int, (int | None) == (None | int))
print(hash(int | str) == hash(str | int), hash(int | None) == hash(None | int))
d = {int | str: "a"}
d[str | int] = "b"
print(len(d), d[int | str])
s = {int | str, str | int, int | bytes}
print(len(s), (bytes | int) in s)
print(list[int] | None == None | list[int], list[int] | None == list[str] | None)
for op in ("<", ">", "<=", ">="):
    try:
        eval("(int | str) " + op + " (int | str)")
    except TypeError as e:
        print(op, type(e).__name__)
print((int | str).__eq__(3), (int | str).__ne__(str | int), (int | str).__eq__(int | str))
try:
    hash(list[[]] | None)
except TypeError as e:
    print(type(e).__name__, e)
print([int | str, bytes | None].index(None | bytes), (str | int) in [int | str])
print((int | str | None) == (None | str | int), (int | str | None) == (int | str))
