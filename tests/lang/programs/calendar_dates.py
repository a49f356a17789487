# Date arithmetic by hand: leap years, day of week (Zeller), day-of-year, date differences, a month calendar.
MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTHS = "January February March April May June July August September October November December".split()
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in(y, m):
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]

def validate(y, m, d):
    if not 1 <= m <= 12:
        raise ValueError(f"month must be in 1..12, not {m}")
    if not 1 <= d <= days_in(y, m):
        raise ValueError(f"day is out of range for month ({y}-{m:02d}-{d:02d})")

def weekday(y, m, d):
    # Zeller's congruence mapped so Monday == 0
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def ordinal(y, m, d):
    y1 = y - 1
    return y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400 + sum(days_in(y, k) for k in range(1, m)) + d

def from_ordinal(n):
    y = max(1, n // 366)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    m = 1
    while m < 12 and ordinal(y, m + 1, 1) <= n:
        m += 1
    return y, m, n - ordinal(y, m, 1) + 1

for date in [(2000, 1, 1), (2024, 2, 29), (1969, 7, 20), (1900, 3, 1), (2038, 1, 19), (1, 1, 1)]:
    y, m, d = date
    doy = ordinal(*date) - ordinal(y, 1, 1) + 1
    print(f"{y:04d}-{m:02d}-{d:02d} {DAYS[weekday(*date)]:<9} day {doy:3} of {366 if is_leap(y) else 365}")
print([y for y in range(1896, 1912) if is_leap(y)], is_leap(2000), is_leap(2100))
print(ordinal(2024, 3, 1) - ordinal(2024, 2, 1), ordinal(2025, 1, 1) - ordinal(2024, 1, 1), ordinal(1970, 1, 1))
print(from_ordinal(ordinal(2024, 12, 31) + 1), from_ordinal(ordinal(1999, 2, 28) + 1), from_ordinal(ordinal(2000, 2, 28) + 1))
print(all(from_ordinal(ordinal(2023, m, d)) == (2023, m, d) for m in range(1, 13) for d in range(1, days_in(2023, m) + 1)))
for bad in ((2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (2024, 0, 5)):
    try:
        validate(*bad)
        print("valid", bad)
    except ValueError as e:
        print(type(e).__name__, e)

def month_calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays13 = [(y, m) for y in range(2023, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(fridays13)
def add_months(y, m, d, n):
    total = y * 12 + (m - 1) + n
    ny, nm = divmod(total, 12)
    return ny, nm + 1, min(d, days_in(ny, nm + 1))
print(add_months(2024, 1, 31, 1), add_months(2024, 12, 15, 2), add_months(2023, 3, 31, -1), add_months(2024, 2, 29, 12))
age = lambda born, today: today[0] - born[0] - ((today[1], today[2]) < (born[1], born[2]))
print(age((1990, 6, 15), (2024, 6, 14)), age((1990, 6, 15), (2024, 6, 15)), age((2000, 2, 29), (2023, 3, 1)))
