a = '\n\t\r\\\'\"\a\b\f\v\0'
b = '\x41\x7f\xff'
c = '\101\7\77\377'
d = '\u00e9\u20ac\uFFFF'
e = '\U0001F600\U00000041'
f = 'line\
continued'
g = b'\x00\xff\n\\\101'
