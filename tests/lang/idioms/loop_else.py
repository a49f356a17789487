# for/else and while/else idioms: search loops, break vs exhaustion, nested loops with flags, continue.
def find_divisor(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")
for n in (2, 9, 17, 91, 97, 1):
    find_divisor(n)
for x in []:
    print("never")
else:
    print("else runs on empty loop")
i = 0
while i < 3:
    i += 1
else:
    print("while finished normally at", i)
while True:
    i -= 1
    if i == 0:
        break
else:
    print("unreachable")
print("after while-break", i)
target = 7
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v == target:
            break
    else:
        continue
    break
print("found at", r, c)
def first_duplicate(seq):
    seen = set()
    for x in seq:
        if x in seen:
            return x
        seen.add(x)
    else:
        return None
print(first_duplicate([3, 1, 4, 1, 5]), first_duplicate("abc"), first_duplicate("hello"))
out = []
for n in range(10):
    if n % 3 == 0:
        continue
    if n > 7:
        break
    out.append(n)
else:
    out.append("no-break")
print(out)
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            break
        count += 1
    else:
        count += 100
print(count)
def retry(attempts, succeed_on):
    for attempt in range(1, attempts + 1):
        if attempt == succeed_on:
            result = f"succeeded on attempt {attempt}"
            break
    else:
        result = f"gave up after {attempts} attempts"
    return result
print(retry(3, 2), "|", retry(3, 5))
for ch in "abc":
    try:
        if ch == "b":
            continue
    finally:
        print("finally", ch)
else:
    print("loop with continue still reaches else")
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz steps", steps)
it = iter(range(5))
for x in it:
    if x == 2:
        break
print(list(it), x)
for x in range(3):
    pass
print("loop variable survives:", x)
for k, v in {}.items():
    pass
else:
    try:
        print(k)
    except NameError as e:
        print(type(e).__name__, e)
