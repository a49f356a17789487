# Generator pipelines: log parsing with chained generators, windowing, batching, send(), close and yield from.
LOG = """\
2024-01-01 10:00:01 INFO  user=alice action=login ms=12
2024-01-01 10:00:05 WARN  user=bob action=login ms=340
2024-01-01 10:01:00 INFO  user=alice action=view ms=45
# comment line
2024-01-01 10:02:13 ERROR user=carol action=pay ms=1200

2024-01-01 10:02:14 INFO  user=bob action=view ms=30
2024-01-01 10:03:00 ERROR user=alice action=pay ms=980
garbage line here
2024-01-01 10:04:00 INFO  user=carol action=logout ms=5
"""
def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line
def skip_noise(lines):
    for number, line in lines:
        if line.strip() and not line.startswith("#"):
            yield number, line
def parse(lines, errors):
    for number, line in lines:
        parts = line.split()
        try:
            date, time, level, *fields = parts
            record = dict(f.split("=", 1) for f in fields)
            record.update(line=number, level=level, time=time)
            record["ms"] = int(record["ms"])
        except (ValueError, KeyError) as e:
            errors.append((number, type(e).__name__))
            continue
        yield record
def where(records, **conditions):
    return (r for r in records if all(r.get(k) == v for k, v in conditions.items()))
errors = []
pipeline = parse(skip_noise(read_lines(LOG)), errors)
records = list(pipeline)
print(len(records), errors)
print([r["user"] for r in where(records, level="ERROR")])
print(sum(r["ms"] for r in records), max(records, key=lambda r: r["ms"])["line"])
slow = (r["action"] for r in records if r["ms"] > 100)
print(next(slow), list(slow), next(slow, "exhausted"))
def window(iterable, n):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = []
        for _ in range(n):
            try:
                chunk.append(next(it))
            except StopIteration:
                break
        if not chunk:
            return
        yield chunk
print(list(window(range(6), 3)), list(window("ab", 3)))
print(list(batched(range(7), 3)), list(batched([], 2)))
moving = [sum(w) / len(w) for w in window((r["ms"] for r in records), 2)]
print(moving)
def running_average():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count
avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 60)])
try:
    avg.send(None)
except StopIteration as e:
    print("finished after", e.value)
def chain(*iterables):
    for it in iterables:
        yield from it
def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(chain("ab", range(2), [None])), list(flatten([1, [2, (3, [4, []])], 5])))
def numbered(lines):
    try:
        for i, line in enumerate(lines):
            yield f"{i}: {line}"
    finally:
        print("numbered closed")
g = numbered(["x", "y", "z"])
print(next(g), next(g))
g.close()
print(list(g))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
squares_of_odds = (n * n for n in naturals() if n % 2)
print(list(take(5, squares_of_odds)), next(squares_of_odds))
