# A singly linked list class with the sequence protocol: indexing, slicing, iteration, reversal, equality.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, nxt=None):
            self.value, self.next = value, nxt

    def __init__(self, iterable=()):
        self._head = None
        self._size = 0
        tail = None
        for v in iterable:
            node = self._Node(v)
            if tail is None:
                self._head = node
            else:
                tail.next = node
            tail = node
            self._size += 1

    def __len__(self):
        return self._size

    def __iter__(self):
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def _node_at(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("LinkedList index out of range")
        node = self._head
        for _ in range(index):
            node = node.next
        return node

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        return self._node_at(index).value

    def __setitem__(self, index, value):
        self._node_at(index).value = value

    def __delitem__(self, index):
        if index < 0:
            index += self._size
        if index == 0 and self._head:
            self._head = self._head.next
        else:
            prev = self._node_at(index - 1) if 0 < index <= self._size - 1 else None
            if prev is None:
                raise IndexError("LinkedList assignment index out of range")
            prev.next = prev.next.next
        self._size -= 1

    def push_front(self, value):
        self._head = self._Node(value, self._head)
        self._size += 1

    def reverse(self):
        prev, node = None, self._head
        while node:
            node.next, prev, node = prev, node, node.next
        self._head = prev

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

ll = LinkedList(range(1, 6))
print(ll, len(ll), ll[0], ll[-1], ll[1:4], ll[::-2])
ll[2] = "three"
del ll[0]
del ll[-1]
print(ll, list(reversed(ll)), "three" in ll, 9 in ll)
ll.push_front(0)
ll.reverse()
print(ll, ll == LinkedList([4, "three", 2, 0]), ll == [4, "three", 2, 0], ll != LinkedList())
print(ll + LinkedList("ab"), ll + [None], sum(LinkedList([1, 2, 3])), sorted(LinkedList([3, 1, 2])))
for bad in (lambda: ll[10], lambda: ll[-10], lambda: LinkedList()[0], lambda: ll.__delitem__(7)):
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
empty = LinkedList()
print(empty, len(empty), bool(empty), bool(ll), list(empty), empty == LinkedList([]))
print(type(LinkedList._Node).__name__, LinkedList._Node.__qualname__)
it = iter(ll)
print(next(it), next(it), list(it))
a, b, *c = LinkedList("xyzw")
print(a, b, c, max(LinkedList([5, 9, 2])), dict(enumerate(LinkedList("pq"))))
try:
    ll + 5
except TypeError as e:
    print(type(e).__name__, e)
