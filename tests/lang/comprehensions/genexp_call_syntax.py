# Generator expressions as the sole call argument need no extra parentheses; other positions do.
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "bbb"]), "".join(c for c in "abc"))
print(sorted((x for x in "cba"), reverse=True), list(x for x in range(3)))
def takes(*args, **kw):
    return [type(a).__name__ for a in args], sorted(kw)
print(takes(x for x in "ab"), takes((x for x in "ab"), 1), takes(1, (x for x in "ab")))
print(takes(key=(x for x in "ab")))
for src in ["takes(x for x in 'ab', 1)", "takes(1, x for x in 'ab')", "takes(x for x in 'ab',)",
            "takes(*(x for x in 'ab'))", "takes(k=x for x in 'ab')", "takes(x for x in 'ab' for y in 'cd')",
            "[x for x in 'ab', 1]", "takes(**{k: 1 for k in 'ab'})"]:
    try:
        compile(src, "<g>", "eval")
        print("valid:  ", src)
    except SyntaxError as e:
        print("invalid:", src, "->", e.msg)
print(takes(*(x for x in "ab")), takes(**{k: 1 for k in "ab"}))
g = (x for x in range(3))
print(any(g), list(g))
print(dict((k, v) for k, v in zip("ab", "AB")), set(c.upper() for c in "aab") == {"A", "B"})
print(tuple(i for i in range(3) if i), min((abs(v) for v in [-3, 2, -1]), default=0))
print(" ".join(str(n) for n in range(3)), str.join("-", (s for s in "xyz")))
