# Hitting the recursion limit repeatedly and recovering; recursion through builtins and generators.
def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)
def via_map(n):
    return list(map(via_map, [n + 1]))
try:
    via_map(0)
except RecursionError as e:
    print("through map:", type(e).__name__)
def via_sorted(n):
    return sorted([n], key=lambda v: via_sorted(v + 1))
try:
    via_sorted(0)
except RecursionError as e:
    print("through sorted key:", type(e).__name__)
def gen_recurse(n):
    yield from gen_recurse(n + 1)
try:
    list(gen_recurse(0))
except RecursionError as e:
    print("through yield from:", type(e).__name__)
class Deep:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return len(Deep(self.n + 1))
try:
    len(Deep(0))
except RecursionError as e:
    print("through __len__:", type(e).__name__)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print("moderate recursion still works:", fine(500))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)
def catches_and_continues(n):
    try:
        return catches_and_continues(n + 1)
    except RecursionError:
        if n % 100 == 0:
            return f"caught at a multiple of 100"
        raise
print(catches_and_continues(0))
def exc_in_finally(n):
    try:
        return exc_in_finally(n + 1)
    finally:
        pass
try:
    exc_in_finally(0)
except RecursionError as e:
    print("with finally blocks:", type(e).__name__)
