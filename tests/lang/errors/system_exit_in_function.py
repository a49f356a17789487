# SystemExit raised deep inside functions passes through except Exception handlers.
def validate(value):
    if value < 0:
        raise SystemExit(4)
    return value
def process(values):
    total = 0
    for v in values:
        try:
            total += validate(v)
        except Exception:
            print("never: SystemExit is not an Exception")
        finally:
            print("processed", v)
    return total
print(process([1, 2]))
print(process([5, -1, 7]))
