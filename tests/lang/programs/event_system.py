# An event system with callbacks: subscribe/unsubscribe, priorities, once-handlers, errors in handlers.
class EventBus:
    def __init__(self):
        self._handlers = {}
        self.log = []

    def on(self, event, handler=None, *, priority=0, once=False):
        def register(fn):
            self._handlers.setdefault(event, []).append((-priority, len(self.log), fn, once))
            self._handlers[event].sort(key=lambda h: (h[0], h[1]))
            self.log.append(("on", event, fn.__name__))
            return fn
        return register(handler) if handler is not None else register

    def off(self, event, handler):
        before = self._handlers.get(event, [])
        after = [h for h in before if h[2] is not handler]
        if len(after) == len(before):
            raise LookupError(f"{handler.__name__} is not subscribed to {event!r}")
        self._handlers[event] = after

    def emit(self, event, *args, **kwargs):
        results, errors = [], []
        for entry in list(self._handlers.get(event, ())):
            _, _, fn, once = entry
            if once:
                self._handlers[event].remove(entry)
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                errors.append(f"{fn.__name__}: {type(e).__name__}: {e}")
        return results, errors

bus = EventBus()
received = []

@bus.on("greet")
def hello(name):
    received.append("hello " + name)
    return len(name)

@bus.on("greet", priority=10)
def first(name):
    return name.upper()

@bus.on("greet", once=True)
def only_once(name):
    return "once:" + name

def shout(name, punctuation="!"):
    return name + punctuation * 3
bus.on("greet", shout, priority=5)

print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bo", punctuation="?"))
print(bus.emit("nothing"))
bus.off("greet", shout)
print(bus.emit("greet", "cy"))
try:
    bus.off("greet", shout)
except LookupError as e:
    print(type(e).__name__, e)

@bus.on("div")
def divide(a, b):
    return a / b
@bus.on("div")
def describe(a, b):
    return f"{a}/{b}"
print(bus.emit("div", 1, 4))
print(bus.emit("div", 1, 0))
print(bus.emit("div", 1))
print(received)
print(bus.log)

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.count
    @property
    def __name__(self):
        return "Counter"
counter = Counter()
bus.on("tick", counter)
bus.on("tick", lambda: "lambda")
for _ in range(3):
    print(bus.emit("tick"))
print(counter.count, bus.log[-1])

def make_accumulator(bus, event):
    total = 0
    def handler(x):
        nonlocal total
        total += x
        return total
    handler.__name__ = "acc_" + event
    bus.on(event, handler)
    return lambda: total
current = make_accumulator(bus, "add")
for n in (5, 10, -3):
    bus.emit("add", n)
print(current(), bus.emit("add", 100))
