x=1+2*3-4/5//6%7**8
y=a<b<=c>d>=e==f!=g
z=not-~+a
w=a@b|c&d^e<<f>>g
v=a if b else c
u=a,b
t=[1,2,3][::2]
