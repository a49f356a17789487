"""dict_words: generate a pseudo-random text from a fixed syllable list (a
linear congruential generator, skewed so that word frequencies are
Zipf-like), then count words, bigrams and letters with dicts, group and
invert the counts, prune rare words, and print the most frequent entries
sorted deterministically.

Stresses: dict get/set/contains/delete with str and tuple keys, string
hashing, dict iteration and comprehensions, sorting items."""

WORDS = 300000
ROUNDS = 5
SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "an",
             "el", "ig", "or", "us", "qua", "pre", "str", "th")


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    vocabulary = []
    seen = {}
    while len(vocabulary) < size:
        word = "".join(SYLLABLES[rng.next(len(SYLLABLES))]
                       for _ in range(1 + rng.next(3)))
        if word not in seen:
            seen[word] = True
            vocabulary.append(word)
    return vocabulary


def make_text(rng, vocabulary, count):
    # The generator is inlined here: the text is only the input, and the
    # benchmark is meant to time the dict work on it.
    n = len(vocabulary)
    words = []
    state = rng.state
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 8) % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        # The product of two uniform picks favours small indices.
        words.append(vocabulary[a * ((state >> 8) % n) // n])
    rng.state = state
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(words):
    counts = {}
    prev = words[0]
    for w in words[1:]:
        key = (prev, w)
        if key in counts:
            counts[key] += 1
        else:
            counts[key] = 1
        prev = w
    return counts


def count_letters(counts):
    letters = {}
    for word, n in counts.items():
        for ch in word:
            letters[ch] = letters.get(ch, 0) + n
    return letters


def group_by_initial(counts):
    groups = {}
    for word in counts:
        groups.setdefault(word[0], []).append(word)
    return {k: len(v) for k, v in groups.items()}


def invert(counts):
    by_count = {}
    for word, n in counts.items():
        if n in by_count:
            by_count[n].append(word)
        else:
            by_count[n] = [word]
    return by_count


def prune(counts, minimum):
    rare = [w for w, n in counts.items() if n < minimum]
    for w in rare:
        del counts[w]
    return len(rare)


def top(counts, k):
    """The [k] most frequent entries, ties broken by key. A histogram of the
    counts finds the cut-off first, so only a few entries get sorted."""
    histogram = {}
    for n in counts.values():
        histogram[n] = histogram.get(n, 0) + 1
    cutoff = 0
    seen = 0
    for n in sorted(histogram, reverse=True):
        seen += histogram[n]
        cutoff = n
        if seen >= k:
            break
    chosen = [item for item in counts.items() if item[1] >= cutoff]
    return sorted(chosen, key=lambda item: (-item[1], item[0]))[:k]


def analyse(seed):
    rng = Lcg(seed)
    vocabulary = make_vocabulary(rng, 2000)
    words = make_text(rng, vocabulary, WORDS)
    counts = count_words(words)
    bigrams = count_bigrams(words)
    letters = count_letters(counts)
    initials = group_by_initial(counts)
    by_count = invert(counts)
    removed = prune(counts, 5)
    print(f"seed {seed}: {len(words)} words, {len(counts) + removed} distinct, "
          f"{len(bigrams)} bigrams, {removed} rare words pruned")
    print("  top words: " + ", ".join(f"{w}={n}" for w, n in top(counts, 8)))
    print("  top bigrams: " + ", ".join(f"{a} {b}={n}" for (a, b), n in top(bigrams, 4)))
    print("  letters: " + "".join(ch for ch, _ in top(letters, 26)))
    print("  initials: " + " ".join(f"{ch}{initials[ch]}" for ch in sorted(initials)))
    singles = sorted(by_count.get(1, []))
    print(f"  {len(singles)} words seen once, first {singles[:3]}")


def main():
    for r in range(ROUNDS):
        analyse(12345 + r)


main()
