# Lists as stacks and queues, bisect-free binary search, in-place algorithms, copying idioms.
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
print("RPN result", stack)
queue = list(range(5))
order = []
while queue:
    item = queue.pop(0)
    order.append(item)
    if item == 2:
        queue.append(99)
print(order)
def binary_search(items, target):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 5, 8, 13]
print([binary_search(data, t) for t in (0, 3, 4, 13, 20)])
def insertion_sort(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
print(insertion_sort([5, 2, 9, 1, 5, 6]))
def rotate(a, k):
    k %= len(a)
    a[:] = a[-k:] + a[:-k]
r = [1, 2, 3, 4, 5]
rotate(r, 2)
print(r)
def dedupe(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]
print(dedupe([3, 1, 3, 2, 1]))
orig = [[1, 2], [3]]
shallow1, shallow2, shallow3 = orig[:], list(orig), orig.copy()
deep = [row[:] for row in orig]
orig[0].append("mutated")
print(shallow1, shallow2, shallow3, deep)
print(list(zip(*[iter(range(9))] * 3)))
matrix = [[1, 2, 3], [4, 5, 6]]
matrix[:] = [list(col) for col in zip(*matrix)]
print(matrix)
acc = []
acc += "abc"
acc[len(acc):] = [1]
acc.insert(len(acc), "end")
print(acc)
print(sum([[1], [2, 3], []], []), [x for sub in [[1], [2, 3]] for x in sub])
