# Word frequency and text statistics: normalisation, translate/maketrans, counting, top-N ties, wrapping.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

table = str.maketrans("", "", ",.;:!?")
words = TEXT.lower().translate(table).split()
print(len(words), len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:<8}{n:>3} {'*' * n}")
lengths = {}
for w in words:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
print(max(words, key=len), min(words, key=lambda w: (len(w), w)))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[-1])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]), sum(letters.values()))
vowels = sum(letters.get(v, 0) for v in "aeiou")
print(f"vowels {vowels} ({vowels / sum(letters.values()):.1%})")

def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
for line in wrap(TEXT, 36):
    print(f"|{line:<36}|")
for line in wrap("a " * 5 + "supercalifragilistic", 10):
    print(f"[{line.center(12)}]")
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
secret = "Hello, World!".translate(rot13)
print(secret, secret.translate(rot13))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}))
print(str.maketrans({"a": "1", "b": None}), str.maketrans("ab", "xy"))
try:
    str.maketrans("abc", "x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "x".translate({ord("x"): 1.5})
except TypeError as e:
    print(type(e).__name__, e)
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "Title Case Words".swapcase(), "mixed Case".title(), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
print("hello world".capitalize(), "HELLO".casefold(), "Straße".casefold() == "strasse")
print("racecar".count("c"), "banana".count("ana"), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"))
print("  indent".expandtabs(), "a\tbc\td".expandtabs(3), "x".center(6, "-"), "abc".center(2))
print(sorted(set("The Quick Brown".lower()) - set(" ")), "".join(reversed("stressed")))
print(["abc", "ABC", "Abc", "123", "a1", " ", ""].count(""), [s.isupper() for s in ("ABC", "AbC", "A1", "1")])
print([s.isalnum() for s in ("a1", "a 1", "")], [s.isspace() for s in (" \t\n", "", " a")], "ⅷ".isnumeric(), "²".isdigit(), "²".isdecimal())
