# Uncaught exception inside a lambda called by a builtin (sorted key): frames for <lambda>.
people = [("ann", 31), ("bob", 25), ("cy", 40)]
print(sorted(people, key=lambda p: p[1]))
people.append(("dee",))
print(sorted(people, key=lambda p: p[1]))
