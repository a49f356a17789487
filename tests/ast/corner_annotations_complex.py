x: 'str' = 1
y: list[dict[str, int | None]] = []
z: Callable[..., Awaitable[None]]
w: int | str
v: (lambda: int)() = 0
u: [int, str]
