# Uncaught exception with notes: each note is printed on its own line after the message.
def parse(rows):
    out = []
    for n, row in enumerate(rows, 1):
        try:
            out.append(int(row))
        except ValueError as e:
            e.add_note(f"while parsing row {n}")
            e.add_note("hint: rows must be integers")
            raise
    return out
print(parse(["1", "2"]))
parse(["3", "x", "5"])
