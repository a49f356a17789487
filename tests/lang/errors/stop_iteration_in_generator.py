# StopIteration escaping a generator body becomes RuntimeError("generator raised StopIteration"),
# shown with the original StopIteration as its direct cause.
def first_items(iterables):
    for it in iterables:
        yield next(iter(it))
print(list(first_items([[1], "ab", (3, 4)])))
try:
    list(first_items([[1], []]))
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
print(list(first_items([[], [2]])))
