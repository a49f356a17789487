# Word games: BFS word ladder over a small dictionary, anagram groups, palindromes, and a Boggle-style search.
WORDS = """cold cord card ward warm word worm wore core bore bare barn born corn worn wont want cart care
dare date gate game came cane lane line fine mine mind kind find wind wine vine vane cone bone""".split()
WORDSET = set(WORDS)

def neighbours(word):
    for i in range(len(word)):
        for ch in "abcdefghijklmnopqrstuvwxyz":
            if ch != word[i]:
                cand = word[:i] + ch + word[i + 1:]
                if cand in WORDSET:
                    yield cand

def ladder(start, goal):
    if start not in WORDSET or goal not in WORDSET:
        raise KeyError(f"{start if start not in WORDSET else goal!r} is not in the dictionary")
    parents = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for w in frontier:
            for n in sorted(neighbours(w)):
                if n not in parents:
                    parents[n] = w
                    nxt.append(n)
        if goal in parents:
            path = [goal]
            while parents[path[-1]]:
                path.append(parents[path[-1]])
            return path[::-1]
        frontier = nxt
    return None

for a, b in [("cold", "warm"), ("card", "wore"), ("game", "line"), ("cold", "cold"), ("mind", "cone"), ("warm", "zzzz")]:
    try:
        print(a, b, ladder(a, b))
    except KeyError as e:
        print(type(e).__name__, e)
print(sorted(neighbours("core")), sum(1 for w in WORDS for _ in neighbours(w)) // 2)

def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: (-len(g), g))
print(anagram_groups("listen silent enlist google elgoog inlets banana tinsel act cat tac".split()))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ("A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "ab")])
def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best
print([longest_palindrome(s) for s in ("babad", "cbbd", "forgeeksskeegfor", "a", "")])
BOARD = ["cat", "ore", "dng"]
def find_words(board, words):
    rows, cols = len(board), len(board[0])
    found = set()
    def dfs(r, c, word, i, used):
        if i == len(word):
            return True
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used and board[nr][nc] == word[i]:
                    if dfs(nr, nc, word, i + 1, used | {(nr, nc)}):
                        return True
        return False
    for w in words:
        for r in range(rows):
            for c in range(cols):
                if board[r][c] == w[0] and dfs(r, c, w, 1, {(r, c)}):
                    found.add(w)
    return sorted(found)
print(find_words(BOARD, ["cat", "core", "cone", "tore", "dog", "toe", "rang", "cod", "coda", "nod", "tea"]))
