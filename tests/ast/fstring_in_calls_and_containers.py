print(f'{a}', f'{b!r}')
d = {f'{k}': f'{v}'}
l = [f'{i}' for i in range(3)]
x = f'{a}'.upper()
