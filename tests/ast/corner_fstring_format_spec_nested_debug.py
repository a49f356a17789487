f'{x!r:^{width}.{prec}}'
f'{value=:{fmt}}'
f'{x:{{}}}' if 0 else 0
