# Common context-manager patterns: nesting depth tracking, restoring state, reentrancy, ExitStack-like helper.
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *a):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)
ind = Indenter()
with ind:
    ind.print("one")
    with ind:
        ind.print("two")
        with ind:
            ind.print("three")
    ind.print("back to one")
print("level after", ind.level)
settings = {"mode": "normal"}
class Override:
    def __init__(self, mapping, **changes):
        self.mapping, self.changes = mapping, changes
    def __enter__(self):
        self.saved = {k: self.mapping.get(k) for k in self.changes}
        self.mapping.update(self.changes)
        return self.mapping
    def __exit__(self, *a):
        self.mapping.update(self.saved)
with Override(settings, mode="debug") as s:
    print("inside:", s["mode"])
    try:
        with Override(settings, mode="trace"):
            print("inner:", settings["mode"])
            raise RuntimeError("fail")
    except RuntimeError:
        pass
    print("restored inner:", settings["mode"])
print("restored outer:", settings["mode"])
class Stack:
    def __init__(self):
        self.callbacks = []
    def __enter__(self):
        return self
    def enter(self, cm):
        result = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return result
    def __exit__(self, et, e, tb):
        suppressed = False
        while self.callbacks:
            cb = self.callbacks.pop()
            if cb(et, e, tb):
                suppressed = True
                et = e = tb = None
        return suppressed
class Named:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, *a):
        print("close", self.n)
with Stack() as stack:
    names = [stack.enter(Named(i)) for i in range(3)]
    print("opened", names)
class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError("lock is not reentrant")
        self.held = True
    def __exit__(self, *a):
        self.held = False
lock = Lock()
with lock:
    try:
        with lock:
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
print("held after:", lock.held)
