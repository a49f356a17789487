# A tiny round-robin scheduler for coroutines (no asyncio): tasks interleave at each await.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for _ in range(self.ticks):
            yield "tick"
class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.clock = 0
    def spawn(self, name, coro):
        self.ready.append((name, coro))
    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[t={self.clock}] {name} finished -> {stop.value!r}")
            else:
                self.ready.append((name, coro))
            self.clock += 1
        return self.results
log = []
async def worker(name, steps, delay):
    total = 0
    for i in range(steps):
        log.append(f"{name}:{i}")
        await Sleep(delay)
        total += i
    return total
async def failing():
    await Sleep(1)
    raise ValueError("task failed")
async def guarded():
    try:
        await failing()
    except ValueError as e:
        return f"handled {e}"
sched = Scheduler()
sched.spawn("a", worker("a", 3, 1))
sched.spawn("b", worker("b", 2, 2))
sched.spawn("c", guarded())
print(sched.run())
print(log)
async def gather(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
async def square(n):
    await Sleep(n % 2)
    return n * n
s2 = Scheduler()
s2.spawn("gather", gather(*(square(i) for i in range(5))))
print(s2.run())
async def countdown(n):
    while n:
        yield_point = Sleep(1)
        await yield_point
        n -= 1
    return "liftoff"
s3 = Scheduler()
for i in range(3):
    s3.spawn(f"cd{i}", countdown(i + 1))
print(s3.run(), s3.clock)
