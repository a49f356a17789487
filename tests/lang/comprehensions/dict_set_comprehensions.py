# Dict and set comprehensions: key collisions (last wins), ordering, nested, inverting mappings.
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}), sorted({w[0] for w in words}))
print({k: v for k, v in zip("abc", range(3)) if v})
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse)
print({i: i * i for i in range(5)}, {(i, j): i * j for i in range(2) for j in range(2)})
print({x % 3 for x in range(10)} == {0, 1, 2}, {c.lower() for c in "AaBb"} == {"a", "b"})
print({k: [v for v in range(k)] for k in range(4)})
print({k: {c: ord(c) for c in k} for k in ["ab", "c"]})
print(dict.fromkeys("ab", 0) == {k: 0 for k in "ab"})
order = []
def track(label, v):
    order.append(label)
    return v
d = {track("key", k): track("value", k * 2) for k in range(2)}
print(d, order)
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[i] for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__, {x for x in ()}, {x: x for x in ()})
counts = {}
text = "mississippi"
counts = {c: text.count(c) for c in text}
print(counts)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(3) for c in range(3)}
print("\n".join("".join(grid[r, c] for c in range(3)) for r in range(3)))
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
print(sorted(sorted(s) for s in {frozenset((a, b)) for a in "xy" for b in "xy"}))
squares = {n * n for n in range(-3, 4)}
print(sorted(squares), len(squares))
