"""sort_keys: sort generated records (tuples, small objects, strings, ints,
floats) with list.sort and sorted(): key functions (lambdas and bound
methods), reverse sorts, multi-pass stable sorts, tuple comparisons,
min/max with keys, and a hand-written binary search over the result.
Prints checksums of the orders obtained.

Stresses: the sort algorithm itself (comparisons of ints, floats, str and
tuples), key-function calls, rich comparison dispatch."""

RECORDS = 60000
ROUNDS = 3
CITIES = ("Oslo", "Lima", "Kyiv", "Pune", "Baku", "Riga", "Doha", "Nice",
          "Bern", "Cork", "Faro", "Graz")


class Employee:
    def __init__(self, ident, name, city, age, salary):
        self.ident = ident
        self.name = name
        self.city = city
        self.age = age
        self.salary = salary

    def seniority(self):
        return (self.age // 10, -self.salary)

    def __lt__(self, other):
        return self.ident < other.ident


def make_records(seed, n):
    state = seed
    out = []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        name = letters[state % 26] + letters[(state >> 5) % 26] + letters[(state >> 10) % 26]
        city = CITIES[(state >> 15) % len(CITIES)]
        age = 20 + (state >> 3) % 45
        salary = 1000 + (state >> 7) % 9000 + (state % 100) / 100.0
        out.append(Employee((state >> 4) % (n * 4), name, city, age, salary))
    return out


def order_checksum(items, field):
    h = 0
    for i, item in enumerate(items[::7]):
        h = (h * 1000003 + i * field(item)) % 2147483647
    return h


def bisect_left(values, x):
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def one_round(seed):
    people = make_records(seed, RECORDS)
    lines = []
    by_salary = sorted(people, key=lambda p: p.salary)
    lines.append(order_checksum(by_salary, lambda p: p.ident))
    # Stable multi-pass sort: city ascending, then age descending within.
    staged = people[:]
    staged.sort(key=lambda p: p.age, reverse=True)
    staged.sort(key=lambda p: p.city)
    lines.append(order_checksum(staged, lambda p: p.ident))
    by_tuple = sorted(people, key=lambda p: (p.city, p.name, p.ident))
    lines.append(order_checksum(by_tuple, lambda p: p.age))
    by_method = sorted(people, key=Employee.seniority)
    lines.append(order_checksum(by_method, lambda p: p.ident))
    by_lt = sorted(people)
    lines.append(order_checksum(by_lt, lambda p: p.age))
    names = sorted((p.name for p in people), reverse=True)
    lines.append(sum(ord(n[-1]) * i for i, n in enumerate(names[:1000])))
    idents = [p.ident for p in people]
    idents.sort()
    hits = 0
    for k in range(0, RECORDS * 4, 11):
        pos = bisect_left(idents, k)
        if pos < len(idents) and idents[pos] == k:
            hits += 1
    lines.append(hits)
    oldest = max(people, key=lambda p: (p.age, p.salary))
    cheapest = min(people, key=lambda p: p.salary)
    lines.append(oldest.ident + cheapest.ident)
    pairs = sorted(zip([p.salary for p in people], idents))
    lines.append(order_checksum(pairs, lambda t: t[1]))
    return lines


def main():
    for r in range(ROUNDS):
        print(" ".join(str(v) for v in one_round(99 + r)))


main()
