#!/usr/bin/env python3.11
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

    python3.11 tools/check_tokens.py [--tool PATH] [--root DIR] [--time] [-v]
"""
import argparse, ast, io, json, os, subprocess, sys, time, tokenize, token

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


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
    identical, differ, refused = 0, [], []
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
        if kerr or perr or i is not None:
            differ.append((path, kerr, perr, i, ptoks, ktoks))
        else:
            identical += 1
    print("%d of %d files CPython compiles give identical token streams" %
          (identical, len(paths) - len(refused)))
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
        print("krait tokenizer:", out.stdout.strip())
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main())
