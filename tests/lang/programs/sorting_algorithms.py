# Classic sorting algorithms written by hand, checked against sorted() on several inputs.
def bubble_sort(a):
    a = list(a)
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j]); j += 1
        else:
            out.append(left[i]); i += 1
    out.extend(left[i:])
    out += right[j:]
    return out

def quick_sort(a):
    if len(a) < 2:
        return a[:]
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def heap_sort(a):
    a = list(a)
    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift(start, n - 1)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a

def counting_sort(a, lo, hi):
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2**31
        yield seed

gen = lcg(42)
inputs = [[], [1], [2, 1], [3, 3, 3], list(range(10, 0, -1)),
          [next(gen) % 100 - 50 for _ in range(40)],
          [5, -2, 7, 0, -2, 9, 5, 1]]
algos = [bubble_sort, insertion_sort, merge_sort, quick_sort, heap_sort]
for data in inputs:
    expected = sorted(data)
    results = [f(data) for f in algos]
    ok = all(r == expected for r in results)
    print(len(data), ok, expected[:6])
    if data and min(data) >= -50 and max(data) <= 60:
        print("  counting:", counting_sort(data, -50, 60) == expected)

words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words))
print(quick_sort(words) == sorted(words))
print(insertion_sort([(2, "b"), (1, "z"), (2, "a")]))
print(heap_sort([1.5, -0.5, 3.25, 0.0]))
# Stability check for merge sort with a key wrapper
class Rec:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
print(merge_sort([Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")]))
try:
    bubble_sort([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
