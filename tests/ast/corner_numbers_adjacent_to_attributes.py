x = 1 .real
y = 1..real
z = 1.0.real
w = 0x1.real
v = (1).bit_length()
u = 1j.imag
t = 1e5.hex()
