# str.join / split / partition idioms: CSV-ish parsing, whitespace, maxsplit, rsplit, splitlines, keepends.
line = "name,age,city"
print(line.split(","), ",".join(reversed(line.split(","))))
print("  many   spaces\there\n".split(), "a  b".split(" "), "".split(), "".split(","))
print("a,b,,c,".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a b c".split(maxsplit=1))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "none".partition("="), "none".rpartition("="))
text = "line one\nline two\r\nline three\rlast"
print(text.splitlines(), text.splitlines(keepends=True))
print("trailing\n".splitlines(), "trailing\n".split("\n"), "\n\n".splitlines())
print("-".join("abc"), "".join(["x", "y"]), ", ".join(str(n) for n in range(5)), " ".join([]))
try:
    ", ".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
csv = """id,name,score
1,Ann,90
2,Bob,85
3,Cy,77"""
header, *rows = csv.splitlines()
cols = header.split(",")
records = [dict(zip(cols, r.split(","))) for r in rows]
print(records)
print(sum(int(r["score"]) for r in records) / len(records))
config = """
# comment
host = example.org
port=8080
  path = /a=b
empty =
"""
settings = {}
for raw in config.splitlines():
    raw = raw.strip()
    if not raw or raw.startswith("#"):
        continue
    key, _, value = raw.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
path = "/usr/local/lib/python3.11/site.py"
print(path.rsplit("/", 1), path.split("/")[-1].rsplit(".", 1)[0], "/".join(path.split("/")[:-1]))
print("CamelCaseString".replace("C", " C").split(), "snake_case_name".split("_"))
title = "_".join(w.lower() for w in "Hello Big World".split())
print(title, "".join(w.capitalize() for w in title.split("_")))
print("a\tb\tc".expandtabs(4).split(" "), "x".join("123"), "ab".join(["", ""]))
print(" x ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip(), "www.site.com".removeprefix("www.").removesuffix(".com"))
words = "the rain in spain stays mainly".split()
print(" ".join(sorted(words, key=len)), max(words, key=len), [w for w in words if "ain" in w])
print("1 2 3".split() == list("123"), list(map(int, "10 20 30".split())))
print("%s" % ", ".join(["a", "b"]), "|".join(["", "mid", ""]))
print(b",".join([b"a", b"b"]), b"a b".split(), bytearray(b"x-y").split(b"-"))
