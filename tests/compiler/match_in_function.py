def f(x):
    match x:
        case [a, b]:
            return a + b
        case {"v": v}:
            return v
        case _:
            return None
