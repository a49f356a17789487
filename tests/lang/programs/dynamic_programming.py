# Dynamic programming: LCS, edit distance, knapsack, coin change, LIS, memoized recursion with a dict.
def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[m][n], "".join(reversed(out))

print(lcs("ABCBDAB", "BDCABA"))
print(lcs("", "abc"), lcs("same", "same"))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (cs != ct)))
        prev = cur
    return prev[-1]

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("abc", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))

def knapsack(items, cap):
    best = [0] * (cap + 1)
    for weight, value in items:
        for c in range(cap, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    return best[cap]
print("knapsack", knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7))

def coin_change(coins, amount):
    INF = float("inf")
    ways = [1] + [0] * amount
    fewest = [0] + [INF] * amount
    for c in coins:
        for x in range(c, amount + 1):
            ways[x] += ways[x - c]
    for x in range(1, amount + 1):
        for c in coins:
            if c <= x and fewest[x - c] + 1 < fewest[x]:
                fewest[x] = fewest[x - c] + 1
    return ways[amount], (fewest[amount] if fewest[amount] != INF else -1)
print("coins", coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50], 100))

def lis(seq):
    tails, prev, idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if seq[tails[mid]] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo > 0:
            prev[i] = tails[lo - 1]
        if lo == len(tails):
            tails.append(i)
        else:
            tails[lo] = i
    out, k = [], tails[-1] if tails else None
    while k is not None:
        out.append(seq[k]); k = prev[k]
    return out[::-1]
print("lis", lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([]), lis([3, 2, 1]))

memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print("partitions", [partitions(n, n) for n in range(1, 15)], partitions(100, 100))
print("memo size", len(memo))

def grid_paths(rows, cols, blocked):
    dp = [[0] * cols for _ in range(rows)]
    dp[0][0] = 1
    for r in range(rows):
        for c in range(cols):
            if (r, c) in blocked:
                dp[r][c] = 0
                continue
            if r: dp[r][c] += dp[r - 1][c]
            if c: dp[r][c] += dp[r][c - 1]
    return dp[-1][-1]
print("paths", grid_paths(3, 3, set()), grid_paths(3, 3, {(1, 1)}), grid_paths(18, 18, set()))
