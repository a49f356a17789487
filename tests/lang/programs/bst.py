# A binary search tree: insert, delete, in-order generators, height, __contains__, range queries, iteration.
class BST:
    class Node:
        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.size = 0
    def insert(self, key, value=None):
        def go(node):
            if node is None:
                self.size += 1
                return BST.Node(key, value)
            if key < node.key:
                node.left = go(node.left)
            elif key > node.key:
                node.right = go(node.right)
            else:
                node.value = value
            return node
        self.root = go(self.root)
    def delete(self, key):
        def go(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = go(node.left, key)
            elif key > node.key:
                node.right = go(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.value = succ.key, succ.value
                node.right = go(node.right, succ.key)
            return node
        self.root = go(self.root, key)
        self.size -= 1
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is not None:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)
    __iter__ = inorder
    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            stack.extend(c for c in (n.right, n.left) if c)
    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]
    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
    def range(self, lo, hi):
        def go(node):
            if node is None:
                return
            if lo < node.key:
                yield from go(node.left)
            if lo <= node.key <= hi:
                yield node.key
            if node.key < hi:
                yield from go(node.right)
        return list(go(self.root))
    def __len__(self):
        return self.size
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k))
print(list(t), len(t), t.height())
print(list(t.preorder()), list(t.levels()))
print(35 in t, 36 in t, t.range(33, 62), t.range(90, 100))
t.insert(40, "forty")
print(len(t), t.root.left.right.value)
for k in (20, 30, 50, 99):
    try:
        t.delete(k)
        print("deleted", k, list(t), len(t))
    except KeyError as e:
        print(type(e).__name__, e)
print(list(t.levels()), t.height(), sorted(t, reverse=True)[:3])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), len(words), words.height())
degenerate = BST()
for k in range(30):
    degenerate.insert(k)
print(degenerate.height(), sum(degenerate), list(degenerate.levels())[-1])
mixed = BST()
mixed.insert(1)
try:
    mixed.insert("a")
except TypeError as e:
    print(type(e).__name__, e)
print(list(BST()), BST().height(), list(BST().levels()), 5 in BST())
