# Idioms built on loop-else and flags: searching, prime tests, retry loops, nested breaks.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return "not found"
    return f"found at {i}"
print(find("abc", "b"), find("abc", "z"), find([], 1))
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
attempt = 0
while attempt < 5:
    attempt += 1
    if attempt == 3:
        print("succeeded on attempt", attempt)
        break
else:
    print("gave up")
attempt = 0
while attempt < 2:
    attempt += 1
else:
    print("while-else after", attempt, "attempts")
grid = [[1, 2], [3, 4], [5, 6]]
target = 4
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            break
    else:
        continue
    print("found", target, "at", (r, c))
    break
else:
    print("not in grid")
def first_negative(values):
    for v in values:
        if v < 0:
            return v
    return None
print(first_negative([3, -1, -2]), first_negative([1, 2]))
found = False
for word in ["alpha", "beta", "gamma"]:
    if word.startswith("b"):
        found = True
        break
print("flag style:", found, word)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        pass
else:
    print("never")
print("i =", i)
for i in range(2):
    for j in range(2):
        pass
    else:
        print("inner else for i =", i)
else:
    print("outer else")
count = 0
for _ in iter(lambda: (count := count + 1) if False else None, 0):
    break
print("sentinel loop finished")
