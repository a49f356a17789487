# An LRU cache class on a dict plus a doubly linked list, and a memoizing decorator built on it.
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev
    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node
    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value
    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                victim = self.tail.prev
                self._unlink(victim)
                del self.map[victim.key]
            node = self.map[key] = Node(key, value)
        self._push_front(node)
    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v
    __setitem__ = put
    def __len__(self):
        return len(self.map)
    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out
    def __repr__(self):
        return "LRU(" + ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys()) + ")"
c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c))
print(c.get("a"), c)
c.put("d", 4)
print(c, "b" in c.map)
c["c"] = 30
print(c, c.get("zz", "none"), c.hits, c.misses)
try:
    c["b"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Node().other = 1
except AttributeError as e:
    print(type(e).__name__, e)
def lru_memo(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            missing = object()
            result = cache.get(args, missing)
            if result is missing:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorate
@lru_memo(capacity=64)
def paths(r, c):
    "Lattice paths from (0, 0) to (r, c)."
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.__name__, paths.__doc__)
print(len(paths.cache), paths.cache.hits, paths.cache.misses)
@lru_memo(2)
def square(x):
    print("computing", x)
    return x * x
print([square(n) for n in (1, 2, 1, 3, 2, 1)])
print(square.cache.keys())
