# A backtracking regex engine: literals, ., character classes, anchors, * + ? quantifiers, groups with alternation.
class RegexError(ValueError):
    pass
def parse(pattern):
    pos = 0
    def alternation():
        nonlocal pos
        branches = [sequence()]
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            branches.append(sequence())
        return ("alt", branches) if len(branches) > 1 else branches[0]
    def sequence():
        nonlocal pos
        items = []
        while pos < len(pattern) and pattern[pos] not in "|)":
            atom = parse_atom()
            if pos < len(pattern) and pattern[pos] in "*+?":
                atom = ("repeat", atom, pattern[pos])
                pos += 1
            items.append(atom)
        return ("seq", items)
    def parse_atom():
        nonlocal pos
        ch = pattern[pos]
        pos += 1
        if ch == "(":
            inner = alternation()
            if pos >= len(pattern) or pattern[pos] != ")":
                raise RegexError(f"missing ) at position {pos}")
            pos += 1
            return ("group", inner)
        if ch == "[":
            end = pattern.find("]", pos)
            if end == -1:
                raise RegexError("unterminated character set")
            body, pos = pattern[pos:end], end + 1
            negate = body.startswith("^")
            body = body[1:] if negate else body
            chars = set()
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == "-":
                    chars.update(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
                    i += 3
                else:
                    chars.add(body[i])
                    i += 1
            return ("set", frozenset(chars), negate)
        if ch in "*+?":
            raise RegexError(f"nothing to repeat at position {pos - 1}")
        if ch == "\\":
            if pos >= len(pattern):
                raise RegexError("trailing backslash")
            ch = pattern[pos]
            pos += 1
            if ch == "d":
                return ("set", frozenset("0123456789"), False)
            if ch == "w":
                return ("set", frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), False)
            return ("char", ch)
        if ch == ".":
            return ("any",)
        if ch in "^$":
            return ("anchor", ch)
        return ("char", ch)
    tree = alternation()
    if pos != len(pattern):
        raise RegexError(f"unbalanced ) at position {pos}")
    return tree
def match_node(node, text, i, cont):
    kind = node[0]
    if kind == "char":
        return i < len(text) and text[i] == node[1] and cont(i + 1)
    if kind == "any":
        return i < len(text) and text[i] != "\n" and cont(i + 1)
    if kind == "set":
        return i < len(text) and ((text[i] in node[1]) != node[2]) and cont(i + 1)
    if kind == "anchor":
        return (i == 0 if node[1] == "^" else i == len(text)) and cont(i)
    if kind == "group":
        return match_node(node[1], text, i, cont)
    if kind == "alt":
        return any(match_node(b, text, i, cont) for b in node[1])
    if kind == "seq":
        def step(k, j):
            if k == len(node[1]):
                return cont(j)
            return match_node(node[1][k], text, j, lambda j2: step(k + 1, j2))
        return step(0, i)
    if kind == "repeat":
        _, inner, q = node
        if q == "?":
            return match_node(inner, text, i, cont) or cont(i)
        def star(j):
            return match_node(inner, text, j, lambda j2: j2 != j and star(j2)) or cont(j)
        if q == "*":
            return star(i)
        return match_node(inner, text, i, star)
    raise AssertionError(kind)
def search(pattern, text):
    tree = parse(pattern)
    for start in range(len(text) + 1):
        end = []
        if match_node(tree, text, start, lambda j: end.append(j) or True):
            return start, end[0], text[start:end[0]]
    return None
tests = [("abc", "xxabcxx"), ("a.c", "abc adc"), ("ab*c", "ac abbbc"), ("ab+c", "ac abbc"), ("colou?r", "my color"),
         ("^hello", "hello world"), ("^world", "hello world"), ("world$", "hello world"), ("[a-c]+", "xxbcaxx"),
         ("[^0-9]+", "123abc456"), (r"\d+", "order 66 now"), (r"\w+@\w+\.com", "mail: bob@example.com!"),
         ("(cat|dog)s?", "hotdogs"), ("a(b|c)*d", "abcbcd"), ("(a|ab)(c|bcd)(d*)", "abcd"), ("x*", "yyy"),
         ("(a*)*b", "aaab"), ("", "abc"), (r"1\+1", "1+1=2"), ("a.*b", "a\nb")]
for pat, text in tests:
    print(f"{pat!r:22} {text!r:26} {search(pat, text)}")
for bad in ("(ab", "ab)", "*a", "[abc", "a\\", "a|*"):
    try:
        parse(bad)
    except RegexError as e:
        print(f"{bad!r:8} RegexError: {e}")
print(parse("a(b|c)*")[1][1])
