# Sorting objects: key functions on attributes, multi-key with mixed directions, stable multi-pass sorts, __lt__.
class Employee:
    def __init__(self, name, dept, salary, age):
        self.name, self.dept, self.salary, self.age = name, dept, salary, age
    def __repr__(self):
        return f"{self.name}({self.dept},{self.salary},{self.age})"
staff = [Employee("ann", "eng", 120, 34), Employee("bob", "ops", 90, 45), Employee("cy", "eng", 120, 29),
         Employee("di", "ops", 95, 38), Employee("ed", "hr", 70, 50), Employee("flo", "eng", 105, 41)]
print(sorted(staff, key=lambda e: e.salary))
print(sorted(staff, key=lambda e: (e.dept, -e.salary, e.name)))
two_pass = sorted(staff, key=lambda e: e.name)
two_pass.sort(key=lambda e: e.salary, reverse=True)
print(two_pass)
print(sorted(staff, key=lambda e: (-e.age,))[:2], min(staff, key=lambda e: e.age), max(staff, key=lambda e: (e.salary, e.age)))
by_dept = {}
for e in sorted(staff, key=lambda e: e.dept):
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
def cmp_to_key(cmp):
    class K:
        __slots__ = ("obj",)
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
        def __eq__(self, other):
            return cmp(self.obj, other.obj) == 0
    return K
def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ["pear", "fig", "apple", "kiwi", "date", "banana", "plum"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) if p.isdigit() else p for p in text.replace("-", ".").split("."))
        self.text = text
    def __lt__(self, other):
        return self._key() < other._key()
    def _key(self):
        return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.parts)
    def __repr__(self):
        return self.text
versions = [Version(v) for v in ["1.10.0", "1.2.0", "1.2.0-rc1", "1.2", "0.9.12", "1.2.0-beta", "2.0"]]
print(sorted(versions), max(versions), min(versions))
naturals = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20b.txt", "file20a.txt"]
def natural_key(s):
    key, num = [], ""
    for ch in s.lower():
        if ch.isdigit():
            num += ch
        else:
            if num:
                key.append((0, int(num)))
                num = ""
            key.append((1, ch))
    if num:
        key.append((0, int(num)))
    return key
print(sorted(naturals), sorted(naturals, key=natural_key))
data = [3, None, 1, None, 2]
print(sorted(data, key=lambda x: (x is None, x if x is not None else 0)), sorted(filter(None, data), reverse=True))
points = [(1, 2), (3, 1), (0, 0), (-1, 5), (2, 2)]
print(sorted(points, key=lambda p: (p[0] ** 2 + p[1] ** 2, p)), sorted(points, key=lambda p: p[1] / (abs(p[0]) + 1)))
try:
    sorted(staff)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Version("1"), "2"])
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
ranked = sorted(enumerate(staff), key=lambda ie: (-ie[1].salary, ie[0]))
print([(i, e.name) for i, e in ranked])
print(sorted("Hello World", key=str.lower), sorted("Hello World", key=lambda c: (c.lower(), c.isupper())))
