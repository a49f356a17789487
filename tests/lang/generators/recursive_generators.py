# Recursive generators: tree traversals, permutations, combinations and partitions with yield from.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)
def preorder(node):
    if node:
        yield node.value
        yield from preorder(node.left)
        yield from preorder(node.right)
tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7)))
print(list(inorder(tree)), list(preorder(tree)))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
print(["".join(p) for p in permutations("abc")])
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 3))))
def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for part in range(min(n, max_part), 0, -1):
        for rest in partitions(n - part, part):
            yield [part] + rest
print(list(partitions(5)), sum(1 for _ in partitions(15)))
def walk(data, path=()):
    if isinstance(data, dict):
        for k, v in data.items():
            yield from walk(v, path + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from walk(v, path + (i,))
    else:
        yield path, data
doc = {"a": 1, "b": {"c": [10, 20], "d": {"e": "deep"}}}
for path, value in walk(doc):
    print(path, value)
def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (src, dst)
        yield from hanoi(n - 1, via, dst, src)
print(list(hanoi(3, "A", "C", "B")))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(sum(deep(200)))
