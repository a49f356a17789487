a + b * c - d / e % f
(a + b) * c
a ** -b ** c
-a ** 2
a | b ^ c & d << e + f * g ** h
~a + -b - +c
