x = b'\x00\x7f\x80\xff\t\n\r\\\'\"\a\b\f\v\0\1\12\123'
y = b'\u1234\N{x}'
z = rb'\x00\u1234'
