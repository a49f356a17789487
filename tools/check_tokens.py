#!/usr/bin/python3.11
"""Compares Krait's tokenizer with python3.11's tokenize module over a tree of
.py files (default: /usr/lib/python3.11) and prints how many files give the
same token stream.

Krait's stream comes from the dump tool (tests/unit/parser/test_tokenizer_tool,
built by `make unit`) with --chars (columns in characters, as tokenize gives
them) and --merge (an f-string as one STRING, as 3.11 tokenizes it). The
comparison skips what tokenize has and the C tokenizer has not (ENCODING,
COMMENT, NL) and what differs by design: NEWLINE is compared by its start,
INDENT/DEDENT by line and column (Krait gives the column its cursor has after
the indentation), ENDMARKER and the DEDENTs at the end of the file by kind.
A file CPython refuses to compile should give a tokenizer error or a stream
that tokenize also disagrees with; one it compiles must tokenize cleanly.

Then each f-string's PEP 701 tokens are checked against the JoinedStr that
python3.11 parses from the same literal: the same replacement fields (their
expressions compared by ast.unparse), conversions and presence of format
specs, recursively through format specs.

    python3.11 tools/check_tokens.py [--tool PATH] [--root DIR] [--time] [-v]

The oracle is Debian's /usr/bin/python3.11 (3.11.2; later 3.11 releases
differ in details): the script re-executes itself under it.
"""
import argparse, ast, io, json, os, subprocess, sys, time, tokenize, token

ORACLE = "/usr/bin/python3.11"
if os.path.realpath(sys.executable) != os.path.realpath(ORACLE) and os.path.exists(ORACLE):
    os.execv(ORACLE, [ORACLE] + sys.argv)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Where the tokenize module (pure Python in 3.11) is wrong about CPython's
# own C tokenizer, which Krait follows: path suffix -> reason.
KNOWN = {
    "test/test_unicode_identifiers.py":
        "tokenize's \\w misses U+E0100 (XID_Continue) in x\\U000E0100; the C tokenizer "
        "keeps it in the name",
}


def python_tokens(data):
    """tokenize's stream of [data] as (type, l, c, el, ec, text), or an error."""
    out = []
    try:
        for t in tokenize.tokenize(io.BytesIO(data).readline):
            if t.type in (tokenize.ENCODING, tokenize.COMMENT, tokenize.NL):
                continue
            name = token.tok_name[t.exact_type if t.type == token.OP else t.type]
            out.append((name, t.start[0], t.start[1], t.end[0], t.end[1], t.string))
    except (tokenize.TokenError, SyntaxError) as e:
        return out, "%s: %s" % (type(e).__name__, e)
    return out, None


def krait_dumps(tool, paths):
    """{path: (tokens, error)} from one run of the dump tool."""
    res = subprocess.run([tool, "--chars", "--merge"] + paths, capture_output=True)
    dumps, cur = {}, None
    for line in res.stdout.decode("utf-8", "surrogateescape").split("\n"):
        if not line:
            continue
        f = line.split("\t")
        if f[0] == "FILE":
            cur = dumps[f[1]] = ([], None)
        elif f[0] == "ERROR":
            dumps[f[-1] if cur is None else list(dumps)[-1]] = (cur[0], f[1:])
        else:
            cur[0].append((f[0], int(f[1]), int(f[2]), int(f[3]), int(f[4]),
                           json.loads(f[5])))
    return dumps


def same(p, k, nlines):
    """Whether tokenize's token [p] and Krait's [k] agree, by the rules above."""
    if p[0] != k[0]:
        return False
    kind = p[0]
    if kind == "ENDMARKER":
        return True
    if kind == "NEWLINE":
        return p[1:3] == k[1:3]
    if kind == "INDENT":
        return p[1] == k[1] and p[4] == k[2]
    if kind == "DEDENT":
        return p[1] > nlines or p[1:3] == k[1:3]
    return p == k


def compare(ptoks, ktoks, nlines):
    """Index of the first difference, or None."""
    for i in range(max(len(ptoks), len(ktoks))):
        if i >= len(ptoks) or i >= len(ktoks) or not same(ptoks[i], ktoks[i], nlines):
            return i
    return None


def source_text(data):
    """The text kri_source_decode makes of a UTF-8 file's bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data if data.endswith(b"\n") else data + b"\n"


def fstring_fields(toks, i, text):
    """Parses the f-string whose FSTRING_START is toks[i]: returns the index
    after its FSTRING_END and its fields as (expression source, conversion,
    spec fields or None)."""
    assert toks[i][0] == "FSTRING_START"
    i += 1
    fields = []
    while toks[i][0] != "FSTRING_END":
        if toks[i][0] == "LBRACE":
            i, field = one_field(toks, i, text)
            fields.append(field)
        else:
            i += 1
    return i + 1, fields


def one_field(toks, i, text):
    """A replacement field from its LBRACE toks[i]: (index after its RBRACE,
    (expression, conversion, spec))."""
    start, depth, i = toks[i][7], 0, i + 1
    while True:
        kind = toks[i][0]
        if kind == "FSTRING_START":
            i, _ = fstring_fields(toks, i, text)
            continue
        if depth == 0 and kind in ("EQUAL", "EXCLAMATION", "COLON", "RBRACE"):
            break
        depth += kind in ("LPAR", "LSQB", "LBRACE")
        depth -= kind in ("RPAR", "RSQB", "RBRACE")
        i += 1
    expr = text[start:toks[i][6]].decode("utf-8")
    debug = toks[i][0] == "EQUAL"
    i += debug
    conv = -1
    if toks[i][0] == "EXCLAMATION":
        conv = ord(toks[i + 1][5])
        i += 2
    spec = None
    if toks[i][0] == "COLON":
        spec, i = [], i + 1
        while toks[i][0] != "RBRACE":
            if toks[i][0] == "LBRACE":
                i, field = one_field(toks, i, text)
                spec.append(field)
            else:
                i += 1
    if debug and conv == -1 and spec is None:
        conv = ord("r")
    return i + 1, (expr, conv, spec)


def joined_fields(node):
    """The same shape from python3.11's JoinedStr."""
    out = []
    for v in node.values:
        if isinstance(v, ast.FormattedValue):
            spec = None if v.format_spec is None else joined_fields(v.format_spec)
            out.append((ast.unparse(v.value), v.conversion, spec))
    return out


def normalize(fields):
    """Expressions as ast.unparse prints them."""
    out = []
    for expr, conv, spec in fields:
        try:
            expr = ast.unparse(ast.parse("(" + expr + ")", mode="eval").body)
        except SyntaxError:
            expr = "<unparsable: %r>" % expr
        out.append((expr, conv, None if spec is None else normalize(spec)))
    return out


def check_fstrings(tool, paths):
    """(f-strings checked, list of differences)."""
    res = subprocess.run([tool, "--offsets"] + paths, capture_output=True)
    files, cur = {}, None
    for line in res.stdout.decode("utf-8", "surrogateescape").split("\n"):
        f = line.split("\t")
        if f[0] == "FILE":
            cur = files[f[1]] = []
        elif len(f) == 8:
            cur.append((f[0], int(f[1]), int(f[2]), int(f[3]), int(f[4]), json.loads(f[5]),
                        int(f[6]), int(f[7])))
    count, bad = 0, []
    for path, toks in files.items():
        data = open(path, "rb").read()
        if b"coding" in data[:200] and b"utf-8" not in data[:200].lower():
            continue  # not UTF-8: the offsets are into a decoded text
        text = source_text(data)
        i = 0
        while i < len(toks):
            if toks[i][0] != "FSTRING_START":
                i += 1
                continue
            end, fields = fstring_fields(toks, i, text)
            literal = text[toks[i][6]:toks[end - 1][7]]
            want = joined_fields(ast.parse(literal, mode="eval").body)
            got = normalize(fields)
            count += 1
            if got != want:
                bad.append((path, toks[i][1], literal, want, got))
            i = end
    return count, bad


def cpython_compiles(data, path):
    try:
        compile(data, path, "exec", ast.PyCF_ONLY_AST)
        return None
    except (SyntaxError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, getattr(e, "msg", e))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(ROOT, "build/unit/parser/test_tokenizer_tool"))
    ap.add_argument("--root", default="/usr/lib/python3.11")
    ap.add_argument("--time", action="store_true", help="also time both tokenizers")
    ap.add_argument("-v", action="store_true", help="show every difference")
    args = ap.parse_args()
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.root)
                   for f in fs if f.endswith(".py"))
    dumps = krait_dumps(args.tool, paths)
    identical, differ, refused, known = 0, [], [], []
    for path in paths:
        data = open(path, "rb").read()
        nlines = data.count(b"\n") + (not data.endswith(b"\n"))
        ktoks, kerr = dumps.get(path, ([], ["no output"]))
        ptoks, perr = python_tokens(data)
        cerr = cpython_compiles(data, path)
        if cerr:
            refused.append((path, cerr, kerr))
            continue
        i = None if kerr or perr else compare(ptoks, ktoks, nlines)
        reason = [r for k, r in KNOWN.items() if path.endswith(k)]
        if (kerr or perr or i is not None) and reason:
            known.append((path, reason[0]))
        elif kerr or perr or i is not None:
            differ.append((path, kerr, perr, i, ptoks, ktoks))
        else:
            identical += 1
    print("%d of %d files CPython compiles give identical token streams" %
          (identical, len(paths) - len(refused)))
    for path, reason in known:
        print("KNOWN", path, "-", reason)
    for path, kerr, perr, i, ptoks, ktoks in differ[: None if args.v else 20]:
        print("DIFF", path)
        if kerr:
            print("   krait error:", kerr)
        if perr:
            print("   tokenize error:", perr)
        if i is not None:
            print("   python:", ptoks[i] if i < len(ptoks) else "(end)")
            print("   krait: ", ktoks[i] if i < len(ktoks) else "(end)")
    print("%d files CPython refuses to compile:" % len(refused))
    for path, cerr, kerr in refused:
        print("   %s\n      cpython: %s\n      krait:   %s" %
              (path, cerr, "tokenizes cleanly" if not kerr else " ".join(kerr[:2] + kerr[5:6])))
    count, bad = check_fstrings(args.tool, [p for p in paths if p not in dict(
        (r[0], 1) for r in refused)])
    print("%d of %d f-strings split into the fields python3.11 finds" % (count - len(bad), count))
    for path, lineno, literal, want, got in bad[: None if args.v else 20]:
        print("FSTRING %s:%d %s\n   python: %s\n   krait:  %s" % (path, lineno, literal, want, got))
    if args.time:
        t0 = time.perf_counter()
        for path in paths:
            with open(path, "rb") as f:
                try:
                    for _ in tokenize.tokenize(f.readline):
                        pass
                except (tokenize.TokenError, SyntaxError):
                    pass
        t1 = time.perf_counter()
        for path in paths:
            try:
                compile(open(path, "rb").read(), path, "exec", ast.PyCF_ONLY_AST)
            except (SyntaxError, ValueError):
                pass
        t2 = time.perf_counter()
        print("python3.11 tokenize module: %.3f s; ast.parse (tokenizer + parser + AST): "
              "%.3f s" % (t1 - t0, t2 - t1))
        out = subprocess.run([args.tool, "--time", "5"] + paths, capture_output=True, text=True)
        print("krait tokenizer:", out.stdout.strip().split("\n")[-1])
    return 0 if not differ and not bad else 1


if __name__ == "__main__":
    sys.exit(main())
