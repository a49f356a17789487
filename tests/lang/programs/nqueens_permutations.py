# Backtracking: n-queens counts and a rendering, permutations/combinations/powerset generators, subset sum.
def queens(n):
    cols, diag1, diag2, placement = set(), set(), set(), []
    def place(row):
        if row == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c); placement.append(c)
            yield from place(row + 1)
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c); placement.pop()
    return place(0)

print([sum(1 for _ in queens(n)) for n in range(1, 9)])
first = next(queens(8))
print(first)
print("\n".join("".join("Q" if c == col else "." for c in range(8)) for col in first))

def permutations(seq, r=None):
    seq = list(seq)
    r = len(seq) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(seq):
        for rest in permutations(seq[:i] + seq[i + 1:], r - 1):
            yield (x,) + rest

def combinations(seq, r):
    seq = list(seq)
    if r == 0:
        yield ()
        return
    for i in range(len(seq) - r + 1):
        for rest in combinations(seq[i + 1:], r - 1):
            yield (seq[i],) + rest

def powerset(seq):
    seq = list(seq)
    for mask in range(1 << len(seq)):
        yield [x for i, x in enumerate(seq) if mask >> i & 1]

print(list(permutations("abc")), len(list(permutations(range(6)))))
print(list(permutations([1, 2, 3], 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 4))), list(combinations("ab", 3)))
print(list(powerset("xyz")), sum(1 for _ in powerset(range(10))))
print(sorted("".join(p) for p in set(permutations("aab"))))

def subset_sum(nums, target):
    nums = sorted(nums, reverse=True)
    found = []
    def go(i, remaining, chosen):
        if remaining == 0:
            found.append(tuple(chosen))
            return
        if i == len(nums) or remaining < 0:
            return
        chosen.append(nums[i])
        go(i + 1, remaining - nums[i], chosen)
        chosen.pop()
        j = i
        while j < len(nums) and nums[j] == nums[i]:
            j += 1
        go(j, remaining, chosen)
    go(0, target, [])
    return found
print(subset_sum([10, 1, 2, 7, 6, 1, 5], 8), subset_sum([2, 4], 5), subset_sum([], 0))

def word_break(s, words, memo=None):
    memo = {} if memo is None else memo
    if s in memo:
        return memo[s]
    if not s:
        return [[]]
    out = []
    for w in words:
        if s.startswith(w):
            out += [[w] + rest for rest in word_break(s[len(w):], words, memo)]
    memo[s] = out
    return out
print([" ".join(p) for p in word_break("catsanddog", ["cat", "cats", "and", "sand", "dog"])])
print(word_break("aaaaaaaaaaaaaaaaaaaab", ["a", "aa", "aaa"]), len(word_break("aaaaaaaaaa", ["a", "aa"])))
g = queens(4)
print(next(g), next(g), next(g, "no more"))
