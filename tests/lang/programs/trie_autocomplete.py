# A trie with autocomplete, counting, deletion, and longest-common-prefix, using nested dicts and a class.
END = "$"

class Trie:
    def __init__(self, words=()):
        self.root = {}
        self.count = 0
        for w in words:
            self.add(w)

    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if END not in node:
            node[END] = 0
            self.count += 1
        node[END] += 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and END in node

    def frequency(self, word):
        node = self._find(word)
        return node.get(END, 0) if node else 0

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        def walk(n, path):
            if END in n:
                out.append((prefix + path, n[END]))
            for ch in sorted(k for k in n if k != END):
                walk(n[ch], path + ch)
        walk(node, "")
        out.sort(key=lambda p: (-p[1], p[0]))
        return [w for w, _ in out[:limit]]

    def remove(self, word):
        path = [self.root]
        for ch in word:
            nxt = path[-1].get(ch)
            if nxt is None:
                raise KeyError(word)
            path.append(nxt)
        if END not in path[-1]:
            raise KeyError(word)
        del path[-1][END]
        self.count -= 1
        for ch, node in zip(reversed(word), reversed(path[:-1])):
            if path[-1]:
                break
            del node[ch]
            path.pop()

    def __len__(self):
        return self.count

    def longest_common_prefix(self):
        node, prefix = self.root, ""
        while len(node) == 1 and END not in node:
            (ch, node), = node.items()
            prefix += ch
        return prefix

text = "car card care careful cart cat catalog dog dot dote car cart car"
t = Trie(text.split())
print(len(t), "car" in t, "ca" in t, "cards" in t, t.frequency("car"), t.frequency("cart"), t.frequency("x"))
print(t.complete("car"), t.complete("ca", limit=3), t.complete("do"), t.complete("z"), t.complete("")[:4])
t.remove("card")
print(t.complete("car"), len(t), "care" in t)
t.remove("careful")
print(t.complete("care"), t._find("caref"))
for w in ("ca", "card", "zebra"):
    try:
        t.remove(w)
    except KeyError as e:
        print(type(e).__name__, e)
print(Trie(["flower", "flow", "flight"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()),
      Trie(["interview", "internet", "interval"]).longest_common_prefix(), repr(Trie().longest_common_prefix()))
small = Trie(["ab", "ac"])
print(small.root)
unicode = Trie(["naïve", "naïf", "über", "日本", "日本語"])
print(unicode.complete("na"), unicode.complete("日"), len(unicode))
