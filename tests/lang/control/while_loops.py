# while loops: else clause, break/continue, nested loops, loop-and-a-half, conditions with side effects.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while-else runs when the condition becomes false")
i = 0
while True:
    i += 1
    if i >= 3:
        break
else:
    print("never: break skips else")
print("broke at", i)
while False:
    print("never")
else:
    print("else of a loop that never ran")
data = [3, 1, 4, 1, 5, 9, 2, 6]
idx = 0
while idx < len(data) and data[idx] != 5:
    idx += 1
print("found 5 at", idx)
found = None
r = 0
while r < 3:
    c = 0
    while c < 3:
        if r * c == 2:
            found = (r, c)
            break
        c += 1
    else:
        r += 1
        continue
    break
print("nested search", found)
stack = [1, [2, [3, [4]]]]
total = 0
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        total += item
print("sum via explicit stack", total)
queue = list(range(5))
out = []
while queue:
    out.append(queue.pop(0) * 10)
print(out)
count = 0
while (count := count + 1) < 4:
    print("walrus loop", count)
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps for 100:", steps)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
def countdown(k):
    while k:
        yield k
        k -= 1
print(list(countdown(4)))
tries = 0
while True:
    tries += 1
    try:
        if tries < 3:
            raise ValueError("retry")
        print("succeeded after", tries)
        break
    except ValueError:
        continue
    finally:
        print("  finally on attempt", tries)
