# Iterating strings: for loops, iter/next, enumerate, reversed, unpacking, membership tests.
for ch in "héy":
    print(ch, ord(ch))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(list(enumerate("abc")), list(reversed("abc")), list(zip("abc", "12")))
a, b, c = "xyz"
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = "hello"
print(init, last)
try:
    x, y = "abc"
except ValueError as e:
    print(type(e).__name__, e)
print(sorted("banana"), set("banana") == {"a", "b", "n"}, "".join(sorted(set("banana"))))
print(list("𝄞日"), [c * 2 for c in "ab"], {c: i for i, c in enumerate("abca")})
print(dict.fromkeys("aab"), list(map(str.upper, "abc")), list(filter(str.isdigit, "a1b2c3")))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max("hello", key=lambda c: -ord(c)), "".join(reversed("stressed")))
r = reversed("abc")
print(type(r).__name__, next(r), list(r), list(r))
it = iter("xy")
print(type(it).__name__, list(it), list(it))
print(any(c.isupper() for c in "abC"), all(c.islower() for c in "abC"))
print(len(list(iter("abc"))), "abc".__iter__().__next__())
s = "abc"
for i, ch in enumerate(s, start=1):
    print(i, ch, end="; ")
print()
print(sum(1 for _ in "four"), [*"ab", *"cd"])
