def f(
    a,
    b: int = 1,
    /,
    c=lambda: (
        1
    ),
    *,
    d,
    **e,
):
    pass
