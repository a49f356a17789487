# Realistic string processing: word frequency, wrapping, CSV-ish parsing, templating, normalisation.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the fox is gone."""
words = [w.strip(".,;:!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top, len(words), len(freq))
def wrap(s, width):
    lines, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for line in wrap(text, 24):
    print(f"|{line:<24}|")
csv = 'name,age,city\n"Smith, J",42,Boston\nLee,31,"New York"\n'
def parse_line(line):
    fields, cur, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(cur)
            cur = ""
        else:
            cur += ch
    fields.append(cur)
    return fields
rows = [parse_line(l) for l in csv.strip().split("\n")]
header, *data = rows
print(header, [dict(zip(header, r)) for r in data])
template = "Dear {name}, your order #{order:05d} ships on {day}."
print(template.format(name="Ann", order=42, day="Monday"))
def slugify(title):
    out = "".join(c.lower() if c.isalnum() else "-" for c in title)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")
print(slugify("  Hello, World! Python 3.11 -- rocks  "))
print(" ".join(w.capitalize() for w in "mixed CASE words".split()))
print("".join(reversed("racecar")) == "racecar", "Was it a car".lower().replace(" ", "")[::-1])
digits = "".join(c for c in "phone: +1 (555) 010-9999" if c.isdigit())
print(digits, f"{digits[1:4]}-{digits[4:7]}-{digits[7:]}")
print("\n".join(f"{i:>2}. {w}" for i, w in enumerate(["first", "second", "third"], 1)))
