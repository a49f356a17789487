a = 'x' f'{y}' 'z'
b = f'{a}' f'{b}'
c = ('plain '
     f'and {formatted!r:>10} '
     'again')
d = f'' ''
e = '' f''
g = u'x' f'{y}'
