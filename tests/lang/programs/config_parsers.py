# Hand-written parsers for INI sections and quoted CSV: sections, comments, type coercion, line-numbered errors.
class ParseError(Exception):
    def __init__(self, line_no, message):
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no

def parse_ini(text):
    data, section = {}, None
    for no, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise ParseError(no, f"unterminated section header {line!r}")
            section = line[1:-1].strip().lower()
            if section in data:
                raise ParseError(no, f"duplicate section [{section}]")
            data[section] = {}
            continue
        if section is None:
            raise ParseError(no, "key outside of any section")
        key, sep, value = line.partition("=")
        if not sep:
            key, sep, value = line.partition(":")
        if not sep:
            raise ParseError(no, f"expected key = value, got {line!r}")
        data[section][key.strip().lower()] = coerce(value.strip())
    return data

def coerce(value):
    low = value.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    if "," in value:
        return [coerce(v.strip()) for v in value.split(",")]
    return value

INI = """
; global settings
[Server]
host = example.com
port = 8080
debug: yes
ratio = 0.75
[paths]
root = "/var/www"   # trailing comment
exts = html, css, 3, off
empty =
"""
cfg = parse_ini(INI)
for section, values in cfg.items():
    print(f"[{section}]", {k: (v, type(v).__name__) for k, v in values.items()})
for bad in ("orphan = 1", "[a]\n[a]", "[broken\nx=1", "[s]\njust words"):
    try:
        parse_ini(bad)
    except ParseError as e:
        print(type(e).__name__, e, e.line_no)

def parse_csv_line(line, delim=","):
    fields, field, i, quoted = [], [], 0, False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"':
                if line[i + 1:i + 2] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                field.append(ch)
        elif ch == '"':
            if field:
                raise ValueError(f"quote inside unquoted field at column {i}")
            quoted = True
        elif ch == delim:
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    if quoted:
        raise ValueError("unterminated quoted field")
    fields.append("".join(field))
    return fields

lines = ['name,quote,score', 'Ann,"Hello, world",90', 'Bob,"He said ""hi""",85', 'Cy,,', '"multi word",plain,"7"']
rows = [parse_csv_line(l) for l in lines]
for r in rows:
    print(len(r), r)
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print([r["name"] for r in records if r["score"].isdigit() and int(r["score"]) > 80])
print(parse_csv_line("a;b;'c;d'", delim=";"), parse_csv_line(""), parse_csv_line(","))
for bad in ('a,"unterminated', 'ab"c"'):
    try:
        parse_csv_line(bad)
    except ValueError as e:
        print(type(e).__name__, e)
def to_csv(rows):
    def esc(v):
        v = str(v)
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v
    return "\n".join(",".join(esc(v) for v in r) for r in rows)
out = to_csv([["x", 'say "a"', "1,2", 3.5, None]])
print(out, parse_csv_line(out))
