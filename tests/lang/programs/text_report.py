# Text reports: aligned tables with str.format, f-strings, ljust/rjust/center, totals and percentages.
sales = [
    ("North", "Widgets", 1200, 3.5),
    ("North", "Gadgets", 340, 12.25),
    ("South", "Widgets", 980, 3.5),
    ("East", "Gizmos", 15, 199.99),
    ("South", "Gadgets", 0, 12.25),
    ("West", "Widgets", 2210, 3.4),
]
header = ("Region", "Product", "Units", "Price", "Revenue")
widths = [8, 9, 7, 9, 12]
line = "+".join("-" * w for w in widths)
print(line)
print("|".join(h.center(w) for h, w in zip(header, widths)))
print(line)
total = 0
for region, product, units, price in sales:
    revenue = units * price
    total += revenue
    print("{:<8}|{:<9}|{:>7,}|{:>9.2f}|{:>12,.2f}".format(region, product, units, price, revenue))
print(line)
print(f"{'TOTAL':<8}|{'':<9}|{sum(s[2] for s in sales):>7,}|{'':>9}|{total:>12,.2f}")
print()
by_region = {}
for region, _, units, price in sales:
    by_region[region] = by_region.get(region, 0) + units * price
for region, revenue in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
    share = revenue / total
    bar = "#" * round(share * 40)
    print(f"{region:.<10}{revenue:>10.1f} {share:6.1%} {bar}")
print()
print("%-10s %5s %8s" % ("name", "qty", "cost"))
for name, qty, cost in [("apple", 3, 0.5), ("melon", 12, 2.0), ("kiwi", 100, 0.125)]:
    print("%-10s %5d %8.3f" % (name, qty, qty * cost))
print("%s has %d items costing %.2f%%" % ("cart", 3, 12.5))
print("{0} {1} {0}".format("a", "b"), "{name}={value!r}".format(name="k", value="v"))
print("{:*^20}".format(" centered "), "{:+d} {:+d}".format(5, -5), "{:08.3f}".format(-3.14159))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5))
print(f"{1234567.891:,.2f} {0.000123:.2e} {1e20:g} {123.0:g} {12345678:_d}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print("abc".ljust(6, ".") + "|", "abc".rjust(6, "0"), "42".zfill(5), "-42".zfill(5))
name, score = "Zed", 87.456
print(f"{name!r:>8} scored {score:.1f} ({score:.0f}) -> {'pass' if score >= 50 else 'fail'}")
width = 12
print(f"{'dyn':>{width}}|{3.14159:.{width // 4}f}|")
rows = [["id", "label"], [1, "one"], [22, "twenty-two"], [333, "x"]]
col_w = [max(len(str(r[i])) for r in rows) for i in range(2)]
for r in rows:
    print(" | ".join(str(c).ljust(w) for c, w in zip(r, col_w)).rstrip())
try:
    print("{:d}".format("x"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("{} {}".format(1))
except IndexError as e:
    print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("{missing}".format(present=1))
except KeyError as e:
    print(type(e).__name__, e)
