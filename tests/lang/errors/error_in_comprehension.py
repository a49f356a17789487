# Uncaught exception inside a list comprehension: 3.11 shows the <listcomp> frame.
values = ["1", "2", "3"]
print([int(v) * 2 for v in values])
print({v: len(v) for v in values})
mixed = ["4", "5", "six"]
doubled = [int(v) * 2 for v in mixed]
print(doubled)
