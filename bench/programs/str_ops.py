"""str_ops: build a generated log-like text with f-strings, str.format and
%-formatting, then parse it back with split/partition/strip, reshape the
fields with replace/upper/title/center/rjust and slicing, re-join them,
and fold every produced string into a checksum (lengths and sampled code
points; never hash()).

Stresses: string creation and concatenation, the str methods most programs
use, format specifications, slicing, str.join over lists, 'in' tests."""

LINES = 40000
ROUNDS = 7
NAMES = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
         "hotel", "india", "juliett", "kilo", "lima")
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
MASK = 0xFFFFFFFF


def fold(h, s):
    n = len(s)
    h = (h * 1000003 ^ n) & MASK
    if n:
        h = (h * 31 + ord(s[0]) + ord(s[n // 2]) + ord(s[-1])) & MASK
    return h


def make_lines(seed, count):
    state = seed
    lines = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        name = NAMES[state % len(NAMES)]
        level = LEVELS[(state >> 5) % len(LEVELS)]
        value = (state >> 7) % 100000 / 7.0
        if i % 3 == 0:
            line = f"{i:06d} [{level:<7}] user={name} value={value:.3f} ok"
        elif i % 3 == 1:
            line = "{:06d} [{:<7}] user={} value={:.3f} retry={}".format(
                i, level, name, value, state % 5)
        else:
            line = "%06d [%-7s] user=%s value=%.3f code=0x%04x" % (
                i, level, name, value, state & 0xFFFF)
        lines.append(line)
    return lines


def parse(line):
    """Splits a generated line into a dict of its fields."""
    head, _, rest = line.partition("] ")
    number, _, level = head.partition(" [")
    fields = {"n": number, "level": level.strip()}
    for part in rest.split(" "):
        if "=" in part:
            key, value = part.split("=", 1)
            fields[key] = value
        else:
            fields["flag"] = part
    return fields


def transform(fields):
    name = fields["user"]
    pieces = [
        name.upper(),
        name.title(),
        name[::-1],
        name.replace("a", "4").replace("e", "3").replace("o", "0"),
        fields["level"].lower().center(11, "*"),
        fields["value"].rjust(12, "."),
        fields["n"].lstrip("0") or "0",
    ]
    if fields["level"].startswith("ERR") or fields["value"].endswith("7"):
        pieces.append("!" * (len(name) % 4 + 1))
    if "code" in fields:
        pieces.append(str(int(fields["code"], 16)))
    return "|".join(pieces)


def summarise(lines):
    text = "\n".join(lines)
    words = text.split()
    users = text.count("user=")
    errors = text.count("ERROR")
    first_warning = text.find("WARNING")
    last_ok = text.rfind(" ok")
    upper_words = sum(1 for w in words if w.isupper())
    digit_words = sum(1 for w in words if w.isdigit())
    return (f"{len(text)} chars, {len(words)} words, {users} users, "
            f"{errors} errors, warning@{first_warning}, ok@{last_ok}, "
            f"{upper_words} upper, {digit_words} numeric")


def process(seed):
    lines = make_lines(seed, LINES)
    h = 0
    out = []
    for line in lines:
        record = parse(line)
        shaped = transform(record)
        h = fold(h, shaped)
        out.append(shaped)
    joined = "\n".join(out)
    for line in joined.splitlines()[::97]:
        cells = line.split("|")
        h = fold(h, "-".join(c.strip("*.!") for c in cells))
        h = fold(h, cells[0].ljust(10) + cells[1].zfill(10))
    return h, summarise(lines)


def main():
    for r in range(ROUNDS):
        h, summary = process(2024 + r)
        print(f"round {r}: checksum {h:08x}")
        print("  " + summary)


main()
