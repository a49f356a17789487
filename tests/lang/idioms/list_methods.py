# list methods in everyday use: stack and queue patterns, insert/remove/index/count, copy vs alias, errors.
stack = []
for token in "3 4 + 2 * 7 -".split():
    if token.isdigit():
        stack.append(int(token))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[token])
print("rpn", stack)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
lst = [5, 3, 5, 1]
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before-last")
lst.insert(-100, "very-first")
print(lst, lst.index(5), lst.index(5, 3), lst.count(5), lst.count("x"))
lst.remove(5)
print(lst, lst.pop(), lst.pop(-2), lst)
for bad in (lambda: lst.remove(42), lambda: lst.index(42), lambda: [].pop(), lambda: lst.pop(99),
            lambda: lst.index(5, 0, 1), lambda: lst.insert("0", 1), lambda: lst.pop("0")):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, [2, 3]]
alias = a
shallow = a.copy()
also = list(a)
sliced = a[:]
a.append(4)
a[1].append("nested")
print(alias, shallow, also, sliced, alias is a, shallow == sliced)
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
deep = deep_copy(a)
a[1].append("again")
print(a, deep)
ext = [1]
ext.extend(range(2, 4))
ext.extend("ab")
ext.extend((x for x in [9]))
ext += {7: 0}
print(ext)
ext.clear()
print(ext, len(ext))
nums = [3, 1, 2]
nums.reverse()
print(nums, nums * 2, 2 * nums, nums + [0], [0] * 0, [[]] * 3)
nums *= 2
print(nums, nums.__len__(), nums.__contains__(3), nums.__getitem__(-1))
try:
    nums + (1,)
except TypeError as e:
    print(type(e).__name__, e)
nums += (1,)
print(nums)
seen = set()
dedup = [x for x in [3, 1, 3, 2, 1, 4] if not (x in seen or seen.add(x))]
print(dedup, list(dict.fromkeys("mississippi")))
items = list(range(10))
evens = items[::2]
del items[::2]
print(evens, items)
items[2:4] = []
print(items, items == [1, 3, 9], items < [1, 4], [1, 2] < [1, 2, 0], [] == [], [1] != [1.0])
l2 = [0] * 3
l2[1] += 5
l2[-1] -= 1
print(l2, [x for x in l2 if x], list(filter(bool, l2)), list(map(str, l2)))
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix, [row.count(1) for row in matrix], [sum(col) for col in zip(*matrix)])
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1, 2)), list(x for x in "xy"))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2, 3].__class__.__name__, isinstance([], list), type([]) is list, [].__len__())
