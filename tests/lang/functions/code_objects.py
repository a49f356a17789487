# Code objects: introspection attributes, co_lines, co_positions, replace() and flags.
def sample(a, b=2, *args, c, d=4, **kw):
    """doc"""
    total = a + b
    def inner():
        return total + c
    for i in range(2):
        total += i
    return inner
co = sample.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_firstlineno, co.co_filename.endswith("code_objects.py"), co.co_consts[0])
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(co.co_flags & 0x20))
inner = sample(1, c=3)
ic = inner.__code__
print(ic.co_name, ic.co_qualname, ic.co_freevars, ic.co_varnames, inner.__closure__[0].cell_contents)
print(type(co.co_code).__name__, len(co.co_code) % 2, co.co_stacksize > 0)
lines = list(co.co_lines())
print(lines[0][0], lines[-1][1] == len(co.co_code), all(s < e for s, e, _ in lines))
print(all(lines[i][1] == lines[i + 1][0] for i in range(len(lines) - 1)))
print(sorted({ln for _, _, ln in lines if ln is not None}))
pos = list(co.co_positions())
print(len(pos) == len(co.co_code) // 2, pos[0])
print(sorted({p[0] for p in pos if p[0] is not None}))
def one_line(x): return x * 2 + 1
print(list(one_line.__code__.co_lines()))
print(list(one_line.__code__.co_positions()))
def gen():
    yield 1
async def coro():
    pass
print(bool(gen.__code__.co_flags & 0x20), bool(coro.__code__.co_flags & 0x80))
c2 = co.replace(co_name="renamed")
print(c2.co_name, c2.co_varnames == co.co_varnames, c2 is co, co.co_name)
c3 = one_line.__code__.replace(co_consts=(None, 3, 5))
f = type(one_line)(c3, {})
print(one_line(10), f(10))
try:
    co.replace(co_name=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    co.replace(bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print(co == co.replace(), hash(co) == hash(co.replace()), co == ic)
lam = lambda: 0
print(lam.__code__.co_name, [c.co_name for c in sample.__code__.co_consts if hasattr(c, "co_name")])
src = compile("x = 1\ny = x + 1\n", "<snippet>", "exec")
print(src.co_filename, src.co_name, list(src.co_lines())[-1][2], src.co_names)
