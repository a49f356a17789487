def f(a: int, b: 'str' = '', *args: tuple, c: list[int] = [], **kw: dict) -> None:
    pass
def g(a: (yield) = 1, /, b: lambda: 0 = 2):
    pass
