# A spreadsheet evaluator: cell references, formulas with a safe tokenizer, dependency order, cycles, errors.
class CellError(Exception):
    pass
def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - ord("A") + 1
    return n
def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    return ref[:i], int(ref[i:])
def tokens(formula):
    out, i = [], 0
    while i < len(formula):
        ch = formula[i]
        if ch.isspace():
            i += 1
        elif ch.isalpha():
            j = i
            while j < len(formula) and formula[j].isalnum():
                j += 1
            out.append(formula[i:j].upper())
            i = j
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(formula) and (formula[j].isdigit() or formula[j] == "."):
                j += 1
            out.append(float(formula[i:j]) if "." in formula[i:j] else int(formula[i:j]))
            i = j
        elif ch in "+-*/(),:":
            out.append(ch)
            i += 1
        else:
            raise CellError(f"bad character {ch!r}")
    return out
class Sheet:
    def __init__(self, cells):
        self.raw = dict(cells)
        self.cache = {}
        self.evaluating = []
    def value(self, ref):
        if ref in self.cache:
            return self.cache[ref]
        if ref in self.evaluating:
            cycle = self.evaluating[self.evaluating.index(ref):] + [ref]
            raise CellError("cycle: " + " -> ".join(cycle))
        raw = self.raw.get(ref, 0)
        self.evaluating.append(ref)
        try:
            if isinstance(raw, str) and raw.startswith("="):
                toks = tokens(raw[1:])
                pos, result = self.expr(toks, 0)
                if pos != len(toks):
                    raise CellError(f"junk after formula in {ref}")
            else:
                result = raw
        finally:
            self.evaluating.pop()
        self.cache[ref] = result
        return result
    def expr(self, toks, pos):
        pos, left = self.term(toks, pos)
        while pos < len(toks) and toks[pos] in ("+", "-"):
            op = toks[pos]
            pos, right = self.term(toks, pos + 1)
            left = left + right if op == "+" else left - right
        return pos, left
    def term(self, toks, pos):
        pos, left = self.atom(toks, pos)
        while pos < len(toks) and toks[pos] in ("*", "/"):
            op = toks[pos]
            pos, right = self.atom(toks, pos + 1)
            if op == "/" and right == 0:
                raise CellError("#DIV/0!")
            left = left * right if op == "*" else left / right
        return pos, left
    def atom(self, toks, pos):
        if pos >= len(toks):
            raise CellError("unexpected end of formula")
        tok = toks[pos]
        if isinstance(tok, (int, float)):
            return pos + 1, tok
        if tok == "-":
            pos, v = self.atom(toks, pos + 1)
            return pos, -v
        if tok == "(":
            pos, v = self.expr(toks, pos + 1)
            if pos >= len(toks) or toks[pos] != ")":
                raise CellError("missing )")
            return pos + 1, v
        if tok in ("SUM", "MAX", "MIN", "AVG"):
            if toks[pos + 1:pos + 2] != ["("] or toks[pos + 3:pos + 4] != [":"]:
                raise CellError(f"{tok} needs a range like A1:A3")
            start, end = toks[pos + 2], toks[pos + 4]
            (c1, r1), (c2, r2) = split_ref(start), split_ref(end)
            vals = [self.value(f"{chr(c)}{r}") for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]
            fn = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda v: sum(v) / len(v)}[tok]
            return pos + 6, fn(vals)
        if isinstance(tok, str) and tok[:1].isalpha():
            return pos + 1, self.value(tok)
        raise CellError(f"unexpected {tok!r}")
cells = {"A1": 10, "A2": 20, "A3": 30.5, "B1": "=A1+A2*2", "B2": "=SUM(A1:A3)", "B3": "=(B1 - A1) / 4",
         "C1": "=AVG(A1:A3)", "C2": "=MAX(A1:B3)", "C3": "=-A1 + -(-A2)", "D1": "=D2+1", "D2": "=D3*2",
         "D3": "=D1", "E1": "=A1/(A2-20)", "E2": "=A1 +", "E3": "=A1 $ 2", "E4": "=Z99 + 1", "E5": "=SUM A1",
         "E6": "=(1+2", "E7": "=2 3"}
sheet = Sheet(cells)
for ref in sorted(cells, key=lambda r: (split_ref(r)[0], split_ref(r)[1])):
    try:
        print(f"{ref:>3} {str(cells[ref]):<16} = {sheet.value(ref)!r}")
    except CellError as e:
        print(f"{ref:>3} {str(cells[ref]):<16} ! {e}")
print(col_index("A"), col_index("Z"), col_index("AA"), col_index("ZZ"), split_ref("AB12"))
print(sorted(sheet.cache.items())[:5], sheet.evaluating)
