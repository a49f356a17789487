# An uncaught group of more than 15 exceptions: the rest is summarized as "and N more exceptions".
errors = [ValueError(f"bad item {i}") for i in range(18)]
print("raising", len(errors))
raise ExceptionGroup("too many", errors)
