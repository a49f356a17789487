# A discrete-event simulation of a bank queue: event list ordered by time, tellers, statistics, deterministic RNG.
class Rng:
    def __init__(self, seed):
        self.x = seed
    def uniform(self, lo, hi):
        self.x = (1103515245 * self.x + 12345) & 0x7FFFFFFF
        return lo + (hi - lo) * self.x / 0x7FFFFFFF

class Event:
    __slots__ = ("time", "order", "kind", "customer")
    counter = 0
    def __init__(self, time, kind, customer):
        self.time, self.kind, self.customer = time, kind, customer
        Event.counter += 1
        self.order = Event.counter
    def __lt__(self, other):
        return (self.time, self.order) < (other.time, other.order)
    def __repr__(self):
        return f"Event({self.time:.2f}, {self.kind}, c{self.customer})"

class Simulation:
    def __init__(self, tellers, seed):
        self.rng = Rng(seed)
        self.free = tellers
        self.queue = []
        self.events = []
        self.now = 0.0
        self.arrived = {}
        self.waits = []
        self.max_queue = 0
        self.trace = []

    def schedule(self, event):
        lo, hi = 0, len(self.events)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.events[mid] < event:
                lo = mid + 1
            else:
                hi = mid
        self.events.insert(lo, event)

    def run(self, customers, until):
        t = 0.0
        for c in range(customers):
            t += self.rng.uniform(0.5, 3.0)
            self.schedule(Event(t, "arrive", c))
        while self.events and self.events[0].time <= until:
            ev = self.events.pop(0)
            self.now = ev.time
            getattr(self, "on_" + ev.kind)(ev.customer)
        return self

    def on_arrive(self, c):
        self.arrived[c] = self.now
        if self.free:
            self.free -= 1
            self.start_service(c)
        else:
            self.queue.append(c)
            self.max_queue = max(self.max_queue, len(self.queue))
        self.trace.append(f"{self.now:6.2f} arrive  c{c:<3} queue={len(self.queue)}")

    def start_service(self, c):
        self.waits.append(self.now - self.arrived[c])
        self.schedule(Event(self.now + self.rng.uniform(1.0, 5.0), "depart", c))

    def on_depart(self, c):
        self.trace.append(f"{self.now:6.2f} depart  c{c:<3} queue={len(self.queue)}")
        if self.queue:
            self.start_service(self.queue.pop(0))
        else:
            self.free += 1

for tellers in (1, 2, 3):
    sim = Simulation(tellers, seed=7).run(customers=30, until=1000)
    avg = sum(sim.waits) / len(sim.waits)
    print(f"tellers={tellers} served={len(sim.waits)} avg_wait={avg:.3f} max_wait={max(sim.waits):.3f} "
          f"max_queue={sim.max_queue} end={sim.now:.2f}")
sim = Simulation(1, seed=3).run(customers=6, until=12)
print("\n".join(sim.trace))
print(sim.events, sim.free, len(sim.queue))
e1, e2 = Event(1.0, "x", 1), Event(1.0, "y", 2)
print(e1 < e2, e2 < e1, sorted([e2, e1])[0].kind, Rng(1).uniform(0, 1) < 1)
try:
    Simulation(1, 1).on_teleport(5)
except AttributeError as e:
    print(type(e).__name__, e)
