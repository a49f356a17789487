# Uncaught KeyError shows repr() of the key (quotes for strings, tuple keys in full).
grid = {(0, 0): "start", (1, 0): "wall"}
print(grid[(0, 0)], grid.get((5, 5)))
try:
    grid[""]
except KeyError as e:
    print("empty-string key:", e)
grid[(2, 3)]
