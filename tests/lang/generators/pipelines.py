# Generator pipelines: chained transformations, lazy evaluation order, infinite sources, coroutine-style sinks.
log = []
def source(n):
    for i in range(n):
        log.append(f"src {i}")
        yield i
def square(it):
    for x in it:
        log.append(f"sq {x}")
        yield x * x
def only_even(it):
    for x in it:
        if x % 2 == 0:
            log.append(f"even {x}")
            yield x
pipeline = only_even(square(source(5)))
print(log)
print(next(pipeline))
print(log)
print(list(pipeline))
print(log)
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda x: x < 30, (n * n for n in naturals()))))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(15)])
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def sink():
    received = []
    try:
        while True:
            item = yield
            received.append(item)
    except GeneratorExit:
        print("sink closed with", received)
s = sink()
next(s)
for word in "to be or not".split():
    s.send(word)
s.close()
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
p1, p2 = printer("A:"), printer("B:")
next(p1)
next(p2)
b = broadcast([p1, p2])
next(b)
b.send("hello")
b.send("world")
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefgh", 3)), list(chunks([], 2)))
print(sum(x for x in range(1000000) if x % 7 == 0))
