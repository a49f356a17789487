f'{a["k"]}'
f"{a['k']}"
f'{f(x, y)}'
f'{x if y else z}'
f'{(lambda: 1)()}'
f'{[i for i in r]}'
f'{ {1: 2}[1] }'
f'{x!r:{y!r}}'
f'{(x := 5)}'
f'{x:=5}'
f'{yield}' if 0 else 0
f'''{'a' "b"}'''
