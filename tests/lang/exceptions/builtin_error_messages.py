# Messages of common builtin errors, as users see them (these are part of the language's behaviour).
none, text, pair = None, "abc", [1, 2]
def show(src):
    try:
        eval(src)
        print(f"{src:34} ok")
    except Exception as e:
        print(f"{src:34} {type(e).__name__}: {e}")
for src in [
    "[][0]", "()[1]", "''[5]", "{}['k']", "{}[('a', 1)]", "[].pop()", "{}.popitem()", "set().pop()",
    "[].remove(1)", "(1,).index(2)", "'abc'.index('z')", "int('1.5')", "float('abc')", "int(None)",
    "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "divmod(1, 0)", "2 ** -1 % 0 if False else 0 ** -1",
    "None.x", "(1).x", "'s'.x", "[].x", "len(5)", "len()", "abs('a')", "iter(1)", "next(iter([]))",
    "hash([])", "{[]}", "1 + 'a'", "'a' + 1", "[] + ()", "1 < 'a'", "-'a'", "~1.0", "none()",
    "text()", "pair[1.0]", "text['a']", "{}.get()", "int('9' * 5000)", "chr(-1)", "ord('')",
    "range(1.5)", "[1, 2, 3][::0]", "list(range(3)).index(5)", "bytes([300])", "b'a' + 'b'",
    "object().__dict__", "type('X', (int, str), {})", "frozenset([[]])", "dict([1])", "dict([[1, 2, 3]])",
    "'{}'.format()", "'%d' % 'x'", "'abc'.encode('nope')", "b'\\xff'.decode()", "round('x')",
    "sum(['a'])", "max([])", "min(1)", "sorted([1, 'a'])", "int('')", "complex('x')",
]:
    show(src)
