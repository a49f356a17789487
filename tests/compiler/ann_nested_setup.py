if a:
    x: int
for i in y:
    z: int
