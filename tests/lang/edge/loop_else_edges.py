# for/while else clauses, loop variable after the loop, modifying the loop variable, nested break/continue.
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 2:
        break
else:
    print("never")
print("n after break", n)
for i in range(3):
    pass
print("i after loop", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
for k in range(3):
    k = k * 100
    print("rebinding k", k)
for x in range(2):
    for y in range(3):
        if y == 1:
            break
        print("inner", x, y)
    else:
        print("inner else")
    print("outer", x)
for x in range(3):
    for y in range(3):
        if y == 1:
            continue
        print("pair", x, y)
    else:
        print("inner done", x)
    if x == 1:
        break
else:
    print("outer else not printed")
def loop_return():
    for i in range(5):
        if i == 3:
            return i
    else:
        return "else"
print(loop_return())
def else_with_continue():
    out = []
    for i in range(4):
        if i % 2:
            continue
        out.append(i)
    else:
        out.append("else")
    return out
print(else_with_continue())
count = 0
while True:
    count += 1
    if count > 4:
        break
    if count % 2:
        continue
    print("even count", count)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
d = {}
for d["slot"] in "xy":
    print(d)
class O:
    pass
o = O()
for o.attr in [1, 2]:
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
it = iter(range(10))
for v in it:
    if v == 3:
        break
print("resumed", list(it))
for _ in range(2):
    try:
        continue
    finally:
        print("finally on continue")
while False:
    pass
else:
    print("while False else")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    total += i
else:
    total = -1
print(total)
