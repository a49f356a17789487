# filter and map: lazy evaluation, None predicate, multiple iterables, exceptions from callbacks.
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isupper, "aBcD")))
print(list(filter(lambda x: x % 2, range(10))), list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20, 30], [100, 200])), list(map(len, ["ab", "", "c"])))
log = []
def noisy(x):
    log.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(log, type(m).__name__)
print(next(m), log)
print(list(m), log)
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f), list(f))
try:
    list(map(int, ["1", "x", "3"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(None, [1])
    print("map(None) builds fine")
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(lambda: True, [1]))
except TypeError as e:
    print(type(e).__name__, e)
class Even:
    def __call__(self, x):
        return x % 2 == 0
print(list(filter(Even(), range(7))), list(map(Even(), range(3))))
print(list(map(dict.get, [{"a": 1}, {"a": 2}], ["a", "b"])))
print(sorted(map(abs, [-3, 1, -2])), set(map(lambda s: s[0], ["ab", "ac", "bd"])) == {"a", "b"})
words = ["apple", "Bob", "cat", "Dog"]
print(list(filter(lambda w: w[0].isupper(), words)), list(map(str.lower, words)))
nested = map(lambda x: x + 1, map(lambda x: x * 10, filter(lambda x: x > 0, [-1, 1, 2])))
print(list(nested))
print(list(map(lambda *a: a, "ab", "cd")), list(zip(*map(str.split, ["a b", "c d"]))))
