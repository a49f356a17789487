# Uncaught IndexError: list index out of range inside a loop in a function.
def pairs(seq):
    out = []
    for i in range(len(seq)):
        out.append((seq[i], seq[i + 1]))
    return out
def safe_pairs(seq):
    return [(seq[i], seq[i + 1]) for i in range(len(seq) - 1)]
print(safe_pairs([1, 2, 3]))
try:
    pairs([1])
except IndexError as e:
    print("caught:", e)
print(pairs([]))
print(pairs([10, 20, 30]))
