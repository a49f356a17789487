# Interval problems: merging, insertion, meeting rooms with a sweep line, greedy scheduling, free-time gaps.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(iv) for iv in out]

print(merge([(1, 3), (2, 6), (8, 10), (15, 18)]), merge([(1, 4), (4, 5)]), merge([]), merge([(5, 7), (1, 2), (2, 3), (6, 9)]))

def insert(intervals, new):
    left = [iv for iv in intervals if iv[1] < new[0]]
    right = [iv for iv in intervals if iv[0] > new[1]]
    middle = [iv for iv in intervals if not (iv[1] < new[0] or iv[0] > new[1])]
    if middle:
        new = (min(new[0], middle[0][0]), max(new[1], middle[-1][1]))
    return left + [new] + right
print(insert([(1, 2), (3, 5), (6, 7), (8, 10), (12, 16)], (4, 8)), insert([(1, 5)], (6, 8)), insert([], (1, 1)))

def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    current = best = 0
    for _, delta in events:
        current += delta
        best = max(best, current)
    return best
print(rooms_needed([(0, 30), (5, 10), (15, 20)]), rooms_needed([(7, 10), (2, 4)]), rooms_needed([(1, 5), (5, 10)]), rooms_needed([]))

def max_non_overlapping(tasks):
    chosen, last_end = [], float("-inf")
    for name, start, end in sorted(tasks, key=lambda t: (t[2], t[1])):
        if start >= last_end:
            chosen.append(name)
            last_end = end
    return chosen
tasks = [("a", 1, 4), ("b", 3, 5), ("c", 0, 6), ("d", 5, 7), ("e", 3, 9), ("f", 5, 9), ("g", 6, 10), ("h", 8, 11), ("i", 8, 12), ("j", 2, 14), ("k", 12, 16)]
print(max_non_overlapping(tasks))

def free_time(schedules, day=(9 * 60, 17 * 60)):
    busy = merge([iv for person in schedules for iv in person])
    gaps, cursor = [], day[0]
    for s, e in busy:
        if s > cursor:
            gaps.append((cursor, min(s, day[1])))
        cursor = max(cursor, e)
    if cursor < day[1]:
        gaps.append((cursor, day[1]))
    return [g for g in gaps if g[1] > g[0]]

def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"
def parse(t):
    h, m = map(int, t.split(":"))
    return h * 60 + m
people = [[(parse("09:00"), parse("10:30")), (parse("12:00"), parse("13:00"))],
          [(parse("10:00"), parse("11:00")), (parse("15:30"), parse("16:00"))],
          [(parse("12:30"), parse("14:00"))]]
for s, e in free_time(people):
    print(f"free {hhmm(s)}-{hhmm(e)} ({e - s} min)")
print(free_time([[(0, 24 * 60)]]), [(hhmm(a), hhmm(b)) for a, b in free_time([])])

class Calendar:
    def __init__(self):
        self.booked = []
    def book(self, start, end):
        if start >= end:
            raise ValueError(f"empty or negative interval [{start}, {end})")
        for s, e in self.booked:
            if start < e and s < end:
                raise ValueError(f"[{start}, {end}) overlaps [{s}, {e})")
        self.booked.append((start, end))
        self.booked.sort()
        return True
cal = Calendar()
for s, e in [(10, 20), (15, 25), (20, 30), (5, 10), (5, 5), (30, 29), (0, 5)]:
    try:
        print("book", (s, e), cal.book(s, e))
    except ValueError as err:
        print("book", (s, e), type(err).__name__, err)
print(cal.booked, sum(e - s for s, e in cal.booked))
def covered(intervals):
    return sum(e - s for s, e in merge(intervals))
print(covered([(1, 3), (2, 5), (10, 11)]), covered([(0.5, 1.5), (1.0, 2.25)]))
