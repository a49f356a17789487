# Uncaught ExceptionGroup: the nested box-drawing traceback format of 3.11.
def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if not isinstance(value, int):
        raise TypeError(f"not an int: {value!r}")
    return value
def check_all(values):
    errors = []
    for v in values:
        try:
            check(v)
        except (ValueError, TypeError) as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)
check_all([1, 2, 3])
print("first batch fine")
check_all([1, -2, 3.5])
