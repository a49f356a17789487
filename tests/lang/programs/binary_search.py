# Searching: binary search variants (bisect left/right by hand), lower bounds, search on answers.
def bisect_left(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x, lo=0, hi=None):
    hi = len(a) if hi is None else hi
    while lo < hi:
        mid = (lo + hi) >> 1
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

def find(a, x):
    i = bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x!r} is not in list")

data = [1, 3, 3, 3, 5, 8, 13, 21]
for x in (0, 1, 3, 4, 21, 22):
    print(x, bisect_left(data, x), bisect_right(data, x), data.count(x))
for x in (3, 13, 7):
    try:
        print("find", x, find(data, x))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print("index", x, data.index(x))
    except ValueError as e:
        print(type(e).__name__, e)

def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo

for n in (0, 1, 15, 16, 17, 10**20, 2**127 - 1):
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) ** 2)

def first_true(lo, hi, pred):
    while lo < hi:
        mid = lo + (hi - lo) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo

print(first_true(0, 1000, lambda k: k * k * k >= 12345))
# Ship packages within D days (classic search-on-answer problem)
weights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
def days_needed(cap):
    days, load = 1, 0
    for w in weights:
        if load + w > cap:
            days += 1
            load = 0
        load += w
    return days
print(first_true(max(weights), sum(weights) + 1, lambda c: days_needed(c) <= 5))
# Searching a rotated sorted array
def search_rotated(a, target):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == target:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= target < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < target <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
rot = [15, 18, 22, 3, 5, 9, 12]
print([search_rotated(rot, t) for t in (15, 3, 12, 22, 4)])
words = sorted(["pear", "apple", "fig", "kiwi", "banana"])
print(words, bisect_left(words, "grape"), bisect_right(words, "kiwi"))
