# Uncaught exception raised inside a generator while a for loop drives it: generator frame shown.
def read_numbers(tokens):
    for tok in tokens:
        yield int(tok)
def total(tokens):
    s = 0
    for n in read_numbers(tokens):
        s += n
    return s
print(total(["1", "2", "3"]))
print(total("4 5 x 6".split()))
