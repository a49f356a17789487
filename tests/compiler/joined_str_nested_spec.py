x = f"{a:{b}{c}}"
y = f"{a!r:{w}.{p}}"
