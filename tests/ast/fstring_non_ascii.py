a = f'héllo {name} wörld'
b = f'€{price:.2f}€'
c = f'{ü}{é!r}'
d = f'日本{x}語'
