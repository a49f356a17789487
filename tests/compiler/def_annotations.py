def f(a: int, b: "str" = "", *c: tuple, d: list, **e: dict) -> bool:
    pass
