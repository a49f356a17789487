a = f'\n{x}\t'
b = f'\x41{y}\u00e9'
c = f'\N{EURO SIGN} {z}'
d = f'{x}\{y}'
