# Copying idioms: aliasing vs shallow copies (slice, list(), copy(), dict(), {**d}), a hand-written deep copy, __copy__-style methods.
original = [1, [2, 3], {"k": [4]}]
alias = original
shallow_slice = original[:]
shallow_list = list(original)
shallow_copy = original.copy()
original[0] = 100
original[1].append("shared")
print(alias[0], shallow_slice[0], shallow_list[0], shallow_copy[0])
print(shallow_slice[1], shallow_copy[2] is original[2], shallow_list[1] is original[1])
def deepcopy(obj, memo=None):
    memo = {} if memo is None else memo
    if id(obj) in memo:
        return memo[id(obj)]
    if isinstance(obj, list):
        out = []
        memo[id(obj)] = out
        out.extend(deepcopy(x, memo) for x in obj)
        return out
    if isinstance(obj, dict):
        out = {}
        memo[id(obj)] = out
        for k, v in obj.items():
            out[k] = deepcopy(v, memo)
        return out
    if isinstance(obj, tuple):
        return tuple(deepcopy(x, memo) for x in obj)
    if isinstance(obj, set):
        return {deepcopy(x, memo) for x in obj}
    if hasattr(obj, "__deepcopy_hook__"):
        return obj.__deepcopy_hook__(memo)
    return obj
deep = deepcopy(original)
original[2]["k"].append("only original")
print(original, deep, deep[1] is original[1])
cyclic = [1]
cyclic.append(cyclic)
cc = deepcopy(cyclic)
print(cc[1] is cc, cc[1] is cyclic, len(cc))
shared = [0]
pair = [shared, shared]
cp = deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
d = {"a": [1], "b": 2}
for copy_fn in (dict, lambda x: {**x}, lambda x: x.copy(), lambda x: {k: v for k, v in x.items()}):
    c = copy_fn(d)
    print(c == d, c is d, c["a"] is d["a"], end=" | ")
print()
s = {1, 2}
s2 = s.copy()
s2.add(3)
fs = frozenset(s)
print(s, s2, set(fs) == s, fs.copy() is fs)
t = (1, [2])
t2 = tuple(t)
print(t2 is t, t[:] is t, t + () == t)
string = "immutable"
print(string[:] is string, str(string) is string)
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def copy(self):
        clone = Node.__new__(Node)
        clone.__dict__.update(self.__dict__)
        return clone
    def __deepcopy_hook__(self, memo):
        clone = Node(self.value)
        memo[id(self)] = clone
        clone.children = deepcopy(self.children, memo)
        return clone
    def __repr__(self):
        return f"Node({self.value}, {self.children})"
root = Node(1, [Node(2), Node(3)])
sh = root.copy()
dp = deepcopy(root)
root.children.append(Node(4))
root.value = 99
print(root, sh, dp, sep="\n")
grid = [[0] * 2] * 2
grid[0][0] = 1
safe = [row[:] for row in [[0] * 2] * 2]
safe[0][0] = 1
print(grid, safe)
matrix = [[1, 2], [3, 4]]
copied = [row.copy() for row in matrix]
copied[0][0] = "x"
print(matrix, copied, list(map(list, matrix)) == matrix)
b = bytearray(b"abc")
b2 = b[:]
b2[0] = 0x41
print(b, b2, bytes(b) is not b)
defaults = {"opts": {"verbose": False}}
user = {**defaults}
user["opts"]["verbose"] = True
print(defaults)
