"""closures_generators: generator pipelines (source -> filter -> map ->
window -> take) built from generator functions, generator expressions and
yield from; closures that capture and update counters through nonlocal;
factories returning closures over loop variables; decorators built from
closures; and lambdas passed to map/filter.

Stresses: generator frames (creation, resumption, exhaustion), closure
cells (LOAD_DEREF/STORE_DEREF), nested function creation, calls through
function objects."""

ITEMS = 150000
ROUNDS = 32


def counter(start=0):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    def peek():
        return count

    return bump, peek


def source(n, seed):
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 16


def keep(pred, items):
    for item in items:
        if pred(item):
            yield item


def apply(fn, items):
    for item in items:
        yield fn(item)


def windows(items, size):
    """Yields tuples of [size] consecutive items, sliding by one."""
    window = []
    for item in items:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def take(n, items):
    for i, item in enumerate(items):
        if i >= n:
            return
        yield item


def chain(*iterables):
    for it in iterables:
        yield from it


def counted(bump):
    """A decorator that counts calls of the function it wraps."""
    def wrap(fn):
        def inner(*args):
            bump()
            return fn(*args)
        return inner
    return wrap


def make_scalers(n):
    # make() gives every lambda its own cell for [factor]; lambdas written
    # directly in the comprehension would all share the last value.
    def make(factor):
        return lambda x: x * factor + 1
    return [make(k) for k in range(1, n + 1)]


def pipeline(seed):
    bump, peek = counter()

    @counted(bump)
    def odd_ish(x):
        return x % 3 != 0

    scalers = make_scalers(5)
    scaled = apply(lambda x: scalers[x % 5](x) % 1000, keep(odd_ish, source(ITEMS, seed)))
    sums = (a + b + c for a, b, c in windows(scaled, 3))
    total = 0
    largest = 0
    for s in take(ITEMS // 2, sums):
        total += s
        if s > largest:
            largest = s
    squares = sum(x * x for x in chain(range(100), take(100, source(1000, seed)), [7, 8, 9]))
    evens = list(filter(lambda v: v % 2 == 0, map(lambda v: v // 3, range(1000))))
    return total, largest, peek(), squares, len(evens)


def main():
    tick, seen = counter(100)
    grand = 0
    checksum = 0
    for r in range(ROUNDS):
        total, largest, calls, squares, evens = pipeline(r + 1)
        tick(calls)
        grand += total
        checksum = (checksum * 31 + largest + squares + evens) % 1000000007
    print(f"total {grand}, checksum {checksum}, counter {seen()}")


main()
