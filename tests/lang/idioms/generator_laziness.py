# Generator expressions vs lists: laziness, single-pass iteration, early termination, side effects order, memory-free ranges.
log = []
def noisy(n):
    log.append(n)
    return n
gen = (noisy(i) for i in range(5))
print(log, type(gen).__name__)
print(next(gen), log)
print(list(gen), log)
print(list(gen), "exhausted: second pass is empty")
log.clear()
lst = [noisy(i) for i in range(3)]
print(log, lst)
log.clear()
found = next((x for x in map(noisy, range(100)) if x > 2), None)
print(found, log)
squares = (n * n for n in range(10 ** 9))
print(next(squares), next(squares), sum(next(squares) for _ in range(3)))
print(any(n > 5 for n in range(10 ** 12)), all(n < 5 for n in range(10 ** 12)))
g = (x for x in [1, 2, 3])
print(2 in g, list(g))
print(sum(x for x in range(10)), max((len(w), w) for w in "a bb ccc".split()), sorted(c for c in "banana"))
print("".join(c.upper() for c in "lazy"), tuple(i for i in range(3)), set(x % 3 for x in range(10)), dict((k, k * 2) for k in "ab"))
def evaluation_order():
    out = []
    def first():
        out.append("outer iterable evaluated immediately")
        return range(2)
    def second():
        out.append("inner iterable evaluated lazily")
        return range(2)
    g = ((a, b) for a in first() for b in second())
    out.append("generator created")
    out.append(list(g))
    return out
print(evaluation_order())
try:
    bad = (1 / x for x in [1, 0])
    print("created without error")
    print(list(bad))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (x for x in 5)
except TypeError as e:
    print("outer iterable checked eagerly:", type(e).__name__, e)
def countdown(n):
    print(f"  starting countdown({n})")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")
c = countdown(3)
print("created")
for v in c:
    print("got", v)
pipeline = (w.strip().lower() for w in [" Apple", "banana ", " CHERRY "])
filtered = (w for w in pipeline if "a" in w)
lengths = ((w, len(w)) for w in filtered)
print(list(lengths))
gen = (i for i in range(3))
print(gen.__next__(), iter(gen) is gen, hasattr(gen, "send"), gen.gi_running, gen.__name__)
gen.close()
print(list(gen), next(gen, "closed"))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums.append(4)
print(list(g))
nums = [1, 2, 3]
g = (n for n in nums)
nums = [9, 9]
print(list(g))
