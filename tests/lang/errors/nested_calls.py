# Uncaught exception several frames deep: one traceback entry per frame, with call markers.
def parse_record(line):
    name, age = line.split(",")
    return {"name": name.strip(), "age": int(age)}
def parse_all(lines):
    return [parse_record(line) for line in lines]
def load(text):
    lines = text.strip().splitlines()
    records = parse_all(lines)
    return records
good = "ann, 30\nbob, 25"
print(load(good))
try:
    load("cy, old")
except ValueError as e:
    print("caught:", e)
bad = "dee, 40\neve, forty"
print("loading bad data")
load(bad)
