# Bowling score kata and a tennis scorer: frame logic, strikes/spares, validation errors, and state tracking.
class BowlingError(ValueError):
    pass

def score(rolls):
    for r in rolls:
        if not isinstance(r, int) or not 0 <= r <= 10:
            raise BowlingError(f"invalid roll: {r!r}")
    total, i, frames = 0, 0, []
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: frame {frame + 1} missing")
        if rolls[i] == 10:
            bonus = rolls[i + 1:i + 3]
            if len(bonus) < 2:
                raise BowlingError("strike bonus rolls missing")
            if bonus[0] != 10 and sum(bonus) > 10:
                raise BowlingError(f"bonus rolls {bonus} exceed 10 pins")
            total += 10 + sum(bonus)
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise BowlingError(f"frame {frame + 1} is incomplete")
            if sum(pair) > 10:
                raise BowlingError(f"frame {frame + 1} knocks down {sum(pair)} pins")
            if sum(pair) == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus roll missing")
                total += 10 + rolls[i + 2]
            else:
                total += sum(pair)
            i += 2
        frames.append(total)
    extra = len(rolls) - i
    allowed = 2 if rolls[i - 1] == 10 else 1 if sum(rolls[i - 2:i]) == 10 else 0
    if extra > allowed:
        raise BowlingError(f"{extra - allowed} roll(s) after the game ended")
    return total, frames

games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "typical": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [7, 5] + [0] * 18,
    "short": [10, 10],
    "bad roll": [11] + [0] * 19,
    "extra rolls": [0] * 21,
    "float": [1.5] * 20,
}
for name, rolls in games.items():
    try:
        total, frames = score(rolls)
        print(f"{name:14} {total:3} {frames}")
    except BowlingError as e:
        print(f"{name:14} error: {e}", isinstance(e, ValueError))

class Tennis:
    NAMES = ["Love", "Fifteen", "Thirty", "Forty"]
    def __init__(self, p1, p2):
        self.players = (p1, p2)
        self.points = {p1: 0, p2: 0}
    def won_point(self, who):
        if who not in self.points:
            raise KeyError(f"unknown player {who!r}")
        if self.winner():
            raise RuntimeError("game is already over")
        self.points[who] += 1
    def winner(self):
        (a, pa), (b, pb) = self.points.items()
        if max(pa, pb) >= 4 and abs(pa - pb) >= 2:
            return a if pa > pb else b
        return None
    def score(self):
        (a, pa), (b, pb) = self.points.items()
        w = self.winner()
        if w:
            return f"Win for {w}"
        if pa >= 3 and pb >= 3:
            if pa == pb:
                return "Deuce"
            return f"Advantage {a if pa > pb else b}"
        if pa == pb:
            return f"{self.NAMES[pa]}-All"
        return f"{self.NAMES[pa]}-{self.NAMES[pb]}"
g = Tennis("ann", "bob")
for who in "ann ann bob bob ann bob bob ann ann ann".split():
    g.won_point(who)
    print(f"{who:>4}: {g.score()}")
for who in ("bob", "carl"):
    try:
        g.won_point(who)
    except (RuntimeError, KeyError) as e:
        print(type(e).__name__, e)
