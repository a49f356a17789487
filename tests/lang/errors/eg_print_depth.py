# Groups nested deeper than 10 levels print "... (max_group_depth is 10)"; a sibling after it still prints.
g = KeyError("deepest")
for level in range(12):
    g = ExceptionGroup(f"level {level}", [g])
raise BaseExceptionGroup("top", [g, SystemExit("sibling")])
