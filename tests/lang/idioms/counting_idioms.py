# Counting idioms without collections: dict.get counters, setdefault, sorted by count, top-k with ties, histograms.
text = "the cat and the hat sat on the mat with the cat"
words = text.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranked[:3], [w for w, c in ranked if c == 1])
print(max(counts, key=counts.get), max(counts.values()), sum(counts.values()) == len(words), len(counts))
by_count = {}
for w, c in counts.items():
    by_count.setdefault(c, []).append(w)
print({c: sorted(ws) for c, ws in sorted(by_count.items(), reverse=True)})
letters = {}
for ch in text:
    if ch != " ":
        letters[ch] = letters.get(ch, 0) + 1
top3 = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top3, "".join(sorted(letters)))
print({w: words.count(w) for w in sorted(set(words))} == dict(sorted(counts.items())))
def histogram(values, bins, lo, hi):
    width = (hi - lo) / bins
    buckets = [0] * bins
    for v in values:
        idx = min(int((v - lo) / width), bins - 1)
        buckets[idx] += 1
    return buckets
data = [1, 3, 3, 4, 5, 5, 5, 6, 7, 8, 9, 9, 10]
hist = histogram(data, 5, 0, 10)
for i, n in enumerate(hist):
    print(f"{i * 2:>2}-{i * 2 + 2:<2} {'*' * n} {n}")
pairs = {}
for a, b in zip(words, words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print(sorted(((p, c) for p, c in pairs.items() if c > 1)), len(pairs))
dice = {}
for a in range(1, 7):
    for b in range(1, 7):
        dice[a + b] = dice.get(a + b, 0) + 1
print(dice, max(dice, key=dice.get))
print("".join(f"{k}{v}" for k, v in sorted({c: "mississippi".count(c) for c in "mississippi"}.items())))
def mode(seq):
    c = {}
    for x in seq:
        c[x] = c.get(x, 0) + 1
    best = max(c.values())
    return sorted(k for k, v in c.items() if v == best)
print(mode([1, 2, 2, 3, 3]), mode("aabbbc"), mode([5]))
seen, dupes = set(), set()
for x in [3, 1, 3, 2, 1, 3]:
    (dupes if x in seen else seen).add(x)
print(sorted(seen), sorted(dupes))
running = []
total = 0
for x in [5, -2, 7, 1]:
    total += x
    running.append(total)
print(running, [sum(data[:i + 1]) for i in range(4)])
votes = ["b", "a", "c", "a", "b", "a"]
tally = {c: votes.count(c) for c in dict.fromkeys(votes)}
print(tally, max(tally.items(), key=lambda kv: kv[1]))
print(sum(1 for w in words if w.startswith("t")), len([w for w in words if len(w) == 3]), sum(map(len, words)))
