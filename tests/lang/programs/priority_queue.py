# A priority queue class (binary heap) with stable ordering, update, iteration and dunder protocols.
class PriorityQueue:
    def __init__(self, items=(), key=lambda x: x):
        self._heap = []
        self._counter = 0
        self._key = key
        for item in items:
            self.push(item)

    def push(self, item):
        entry = (self._key(item), self._counter, item)
        self._counter += 1
        self._heap.append(entry)
        self._up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        last = self._heap.pop()
        if not self._heap:
            return last[2]
        top = self._heap[0]
        self._heap[0] = last
        self._down(0)
        return top[2]

    def peek(self):
        try:
            return self._heap[0][2]
        except IndexError:
            raise IndexError("peek at empty priority queue") from None

    def _up(self, i):
        h = self._heap
        while i:
            parent = (i - 1) // 2
            if h[i] < h[parent]:
                h[i], h[parent] = h[parent], h[i]
                i = parent
            else:
                break

    def _down(self, i):
        h, n = self._heap, len(self._heap)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and h[c] < h[smallest]:
                    smallest = c
            if smallest == i:
                return
            h[i], h[smallest] = h[smallest], h[i]
            i = smallest

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

    def __iter__(self):
        # Drains a copy, so iteration leaves the queue intact
        clone = PriorityQueue(key=self._key)
        clone._heap = list(self._heap)
        while clone:
            yield clone.pop()

    def __contains__(self, item):
        return any(e[2] == item for e in self._heap)

    def __repr__(self):
        return f"PriorityQueue({list(self)!r})"

pq = PriorityQueue([5, 1, 4, 1, 5, 9, 2, 6])
print(len(pq), pq.peek(), 9 in pq, 7 in pq)
print(pq)
print([pq.pop() for _ in range(3)], len(pq))
tasks = PriorityQueue(key=lambda t: t[0])
for t in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    tasks.push(t)
order = []
while tasks:
    order.append(tasks.pop()[1])
print(order)
for op in (tasks.pop, tasks.peek):
    try:
        op()
    except IndexError as e:
        print(type(e).__name__, e, e.__suppress_context__)
maxq = PriorityQueue("priority", key=lambda ch: -ord(ch))
print("".join(maxq), bool(maxq), len(maxq))
words = PriorityQueue(["pear", "fig", "banana", "kiwi"], key=len)
print(list(words), list(words) == sorted(["pear", "fig", "banana", "kiwi"], key=len))
def k_smallest(seq, k):
    q = PriorityQueue(seq)
    return [q.pop() for _ in range(min(k, len(q)))]
print(k_smallest(range(100, 0, -7), 4), k_smallest([], 3))
def merge_sorted(*lists):
    q = PriorityQueue(key=lambda e: e[0])
    for idx, lst in enumerate(lists):
        if lst:
            q.push((lst[0], idx, 0))
    out = []
    while q:
        val, li, pos = q.pop()
        out.append(val)
        if pos + 1 < len(lists[li]):
            q.push((lists[li][pos + 1], li, pos + 1))
    return out
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
mixed = PriorityQueue()
mixed.push(1)
try:
    mixed.push("x")
except TypeError as e:
    print(type(e).__name__, e)
