# A round-robin task scheduler built on generators: cooperative yields, sleeping, message passing, cancellation.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.clock = 0
        self.mailboxes = {}
        self.log = []
        self.results = {}

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes.setdefault(name, [])

    def cancel(self, name):
        for i, (n, gen, _) in enumerate(self.ready):
            if n == name:
                del self.ready[i]
                gen.close()
                self.log.append(f"t={self.clock} cancelled {name}")
                return True
        return False

    def run(self, max_ticks=100):
        while (self.ready or self.sleeping) and self.clock < max_ticks:
            if not self.ready:
                self.clock = min(t for t, *_ in self.sleeping)
            due = [s for s in self.sleeping if s[0] <= self.clock]
            self.sleeping = [s for s in self.sleeping if s[0] > self.clock]
            for _, name, gen in sorted(due, key=lambda s: (s[0], s[1])):
                self.ready.append((name, gen, None))
            if not self.ready:
                continue
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={self.clock} {name} finished -> {stop.value!r}")
                continue
            except Exception as e:
                self.log.append(f"t={self.clock} {name} crashed: {type(e).__name__}: {e}")
                continue
            self.clock += 1
            kind, *args = request if isinstance(request, tuple) else ("yield",)
            if kind == "sleep":
                self.sleeping.append((self.clock + args[0], name, gen))
            elif kind == "send":
                target, msg = args
                self.mailboxes.setdefault(target, []).append((name, msg))
                self.ready.append((name, gen, True))
            elif kind == "recv":
                box = self.mailboxes[name]
                self.ready.append((name, gen, box.pop(0) if box else None))
            else:
                self.ready.append((name, gen, None))

def counter(name, n):
    total = 0
    for i in range(n):
        total += i
        yield
    return total

def sleeper(delays):
    for d in delays:
        yield ("sleep", d)
    return "rested"

def producer(target, items):
    for item in items:
        yield ("send", target, item)
    yield ("send", target, None)
    return len(items)

def consumer():
    received = []
    while True:
        msg = yield ("recv",)
        if msg is None:
            continue
        sender, payload = msg
        if payload is None:
            return received
        received.append(payload.upper())

def crasher():
    yield
    yield
    raise ValueError("task failed")

def long_runner():
    try:
        while True:
            yield
    finally:
        print("long_runner cleanup")

s = Scheduler()
s.spawn("count5", counter("count5", 5))
s.spawn("sleepy", sleeper([3, 1]))
s.spawn("cons", consumer())
s.spawn("prod", producer("cons", ["a", "b", "c"]))
s.spawn("crash", crasher())
s.spawn("forever", long_runner())
s.run(max_ticks=6)
print(s.cancel("forever"), s.cancel("nobody"))
s.run()
print("\n".join(s.log))
print(sorted(s.results.items()), s.clock)
