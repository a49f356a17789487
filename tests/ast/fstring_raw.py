a = rf'\n{x}\t'
b = fr'{x}\{y}'
c = Rf'{x!r}\\'
