# Uncaught RecursionError: CPython collapses repeated frames as "[Previous line repeated N more times]".
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(100))
def forever(n):
    return forever(n + 1)
forever(0)
