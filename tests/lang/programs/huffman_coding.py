# Huffman compression: frequency table, tree building with a sorted list as the queue, encode/decode, bit packing.
class Leaf:
    def __init__(self, ch, weight):
        self.ch, self.weight = ch, weight
    def codes(self, prefix, out):
        out[self.ch] = prefix or "0"

class Branch:
    def __init__(self, left, right):
        self.left, self.right = left, right
        self.weight = left.weight + right.weight
    def codes(self, prefix, out):
        self.left.codes(prefix + "0", out)
        self.right.codes(prefix + "1", out)

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    queue = [(w, i, Leaf(ch, w)) for i, (ch, w) in enumerate(sorted(freq.items()))]
    queue.sort(key=lambda e: (e[0], e[1]))
    counter = len(queue)
    while len(queue) > 1:
        w1, _, a = queue.pop(0)
        w2, _, b = queue.pop(0)
        entry = (w1 + w2, counter, Branch(a, b))
        counter += 1
        pos = 0
        while pos < len(queue) and (queue[pos][0], queue[pos][1]) < (entry[0], entry[1]):
            pos += 1
        queue.insert(pos, entry)
    return queue[0][2], freq

def encode(text):
    tree, freq = build(text)
    table = {}
    tree.codes("", table)
    return "".join(table[ch] for ch in text), tree, table, freq

def decode(bits, tree):
    if isinstance(tree, Leaf):
        return tree.ch * len(bits)
    out, node = [], tree
    for b in bits:
        node = node.left if b == "0" else node.right
        if isinstance(node, Leaf):
            out.append(node.ch)
            node = tree
    return "".join(out)

def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding

def unpack(data, padding):
    bits = "".join(f"{byte:08b}" for byte in data)
    return bits[:len(bits) - padding] if padding else bits

for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog", "ab"]:
    bits, tree, table, freq = encode(text)
    packed, pad = pack(bits)
    assert unpack(packed, pad) == bits
    back = decode(unpack(packed, pad), tree)
    print(f"{text[:24]!r:27} bits={len(bits):3} bytes={len(packed):2} ratio={len(packed) / len(text):.2f} ok={back == text}")
bits, tree, table, freq = encode("abracadabra")
print(sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])), freq)
print(bits, pack(bits)[0].hex(), pack(bits)[1])
total = sum(freq[c] * len(code) for c, code in table.items())
print(total == len(bits), tree.weight, sum(freq.values()))
prefix_free = all(not b.startswith(a) for a in table.values() for b in table.values() if a != b)
print("prefix free:", prefix_free)
try:
    build("")
except IndexError as e:
    print(type(e).__name__, e)
print(decode("0101", build("zz")[0]), pack("")[0], unpack(b"\xff", 3))
