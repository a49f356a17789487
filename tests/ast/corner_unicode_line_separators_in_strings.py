s = 'a b'
t = 'cd'
u = '''e f'''
v = f'{x} '
