# The = specifier in f-strings: preserved text and spaces, default repr, with conversions and specs.
x, y = 10, "text"
print(f"{x=}", f"{y=}", f"{x = }", f"{ x =}", f"{x  =  }")
print(f"{x + 1=}", f"{x*2 = }", f"{y.upper()=}", f"{len(y)=}")
print(f"{y=!s}", f"{y=!r}", f"{y=!a}", f"{'é'=}", f"{'é'=!a}")
print(f"{x=:>5}", f"{x=:#x}", f"{3.14159=:.2f}", f"{y=:*^10}")
print(f"{[1, 2]=}", f"{ {'k': 1} = }", f"{(x, y)=}")
items = [1, 2, 3]
print(f"{items[0]=} {items[-1]=} {sum(items)=}")
print(f"{x if x else 0=}")
print(f"{x=}{y=}")
print(f"{None=} {True=} {1.5=} {2j=}")
class R:
    def __repr__(self):
        return "R-repr"
    def __str__(self):
        return "R-str"
    def __format__(self, spec):
        return "R-format(" + spec + ")"
r = R()
print(f"{r=}", f"{r=!s}", f"{r=:spec}", f"{r}", f"{r=!r:>10}")
name = "value"
print(f"{name = !r:>12}|")
print(f"{x * y=}")
print(f"{'a' + 'b'=}")
print(f"""{
x
=}""")
def f(a, b=2):
    return a * b
print(f"{f(3)=}", f"{f(3, b=4)=}")
print(f"{x!=y=}", f"{x==10=}")
print(f"{x>=5=}", f"{x<=5 = }")
print(f"{(lambda: 1)()=}")
print(f"{x:=^6}", f"{(x:=5)=}", x)
print(f"{'{}'=}", f"{'{'=}")
