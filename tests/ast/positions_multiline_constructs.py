x = [
    1,
    2,
]
y = f(
    a,
    b=c,
)
z = {
    'k':
        'v',
}
if (a and
        b):
    pass
