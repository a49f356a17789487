# Building strings: join vs concatenation, list buffers, str.format with **dict, multiplication, padding, tables.
parts = []
for i in range(5):
    parts.append(f"item{i}")
print(", ".join(parts), "-".join(reversed(parts)), "".join(p[-1] for p in parts))
s = ""
for ch in "abc":
    s += ch.upper() + "."
print(s, s.rstrip("."), len(s))
record = {"name": "Ann", "age": 31, "city": "Oslo"}
print("{name} is {age} and lives in {city}".format(**record), "%(name)s/%(age)d" % record)
print("{0[name]} {0[age]}".format(record), "{r[city]!r:>8}".format(r=record))
line = "=" * 20
print(line, "-" * 0, "ab" * 3, 3 * "xy", "" * 100, len("é" * 4))
print("|" + "left".ljust(10) + "|" + "right".rjust(10) + "|" + "mid".center(9, "~") + "|")
table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 1, 3.25), ("fig", 12, 0.2)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    cells = [str(row[0]).ljust(widths[0])] + [str(c).rjust(w) for c, w in zip(row[1:], widths[1:])]
    print("  ".join(cells))
print("\n".join(f"{n:>3}: {'#' * n}" for n in (1, 4, 9)))
words = ["alpha", "beta", "gamma"]
sentence = ", ".join(words[:-1]) + " and " + words[-1]
print(sentence, " ".join(w.capitalize() for w in words), "".join(w[0] for w in words).upper())
csv_line = ",".join(str(x) for x in [1, 2.5, None, True, "txt"])
print(csv_line, csv_line.split(","))
path = "/".join(["", "usr", "local", "bin"])
print(path, path.split("/"), "/".join(p for p in ["a", "", "b"] if p))
multiline = "\n".join(["first", "second", "third"])
print(multiline.upper().splitlines(), repr(multiline))
indented = "\n".join("    " + l for l in "def f():\n    return 1".splitlines())
print(indented)
def dedent(text):
    lines = text.splitlines()
    margin = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
    return "\n".join(l[margin:] for l in lines)
print(dedent("""
        line one
          nested
        line three
""").strip("\n"))
number = 1234567.891
print(f"{number:,.2f}", f"{int(number):_}", "{:>15,.1f}".format(number), format(number, ".3e"), str(round(number, 1)))
chars = list("hello")
chars[0] = chars[0].upper()
chars.append("!")
print("".join(chars), "".join(sorted(set("mississippi"))), "".join(reversed("stop")), "".join(map(chr, range(97, 103))))
template = "Dear {title} {last},\nYour balance is {balance:,.2f} {currency}."
print(template.format(title="Dr.", last="Who", balance=1234.5, currency="EUR"))
try:
    template.format(title="Mr.")
except KeyError as e:
    print(type(e).__name__, e)
try:
    "abc" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "".join(["a", None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
print("a" "b" "c", ("implicit "
      "concatenation"), str(12) + str(3.0) + str(None) + str([1]), repr("it's") + repr('say "hi"'))
buf = []
write = buf.append
for n in range(3):
    write(f"<li>{n}</li>")
print("<ul>" + "".join(buf) + "</ul>")
