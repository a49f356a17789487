#!/usr/bin/python3.11
"""Compares Krait's front end with CPython 3.11 on every .py file under
/usr/lib/python3.11 (stdlib and test suite): where CPython parses a file,
`krait --dump-ast` must print exactly ast.dump(ast.parse(bytes),
include_attributes=True); where CPython raises, Krait must raise the same
exception class at the same line. Positions of nodes inside f-strings may be
PEP 701's (3.12) instead of 3.11's. Prints "N identical of M files".

usage: compare_stdlib.py [--krait build/krait] [--jobs N] [--show N] [ROOT...]
The oracle is the interpreter running this script: use Debian's
/usr/bin/python3.11 (it re-executes itself under it otherwise)."""
import argparse
import ast
import os
import re
import subprocess
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor

ORACLE = "/usr/bin/python3.11"
if os.path.realpath(sys.executable) != os.path.realpath(ORACLE) and os.path.exists(ORACLE):
    os.execv(ORACLE, [ORACLE] + sys.argv)

sys.setrecursionlimit(100000)
sys.set_int_max_str_digits(4300)


def oracle(path):
    """('ok', dump) or ('error', class name, lineno) as CPython sees [path]."""
    with open(path, "rb") as f:
        src = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(src)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            return ("error", type(e).__name__, getattr(e, "lineno", None))
    try:
        return ("ok", ast.dump(tree, include_attributes=True))
    except (ValueError, RecursionError) as e:
        return ("error", type(e).__name__, None)


ERROR_LINE = re.compile(r"^(\w+Error)(?::|$)", re.M)
FILE_LINE = re.compile(r'^  File ".*", line (-?\d+)$', re.M)


def krait(binary, path):
    r = subprocess.run([binary, "--dump-ast", path], capture_output=True, timeout=60)
    if r.returncode == 0:
        return ("ok", r.stdout.decode("utf-8", "surrogateescape").rstrip("\n"))
    err = r.stderr.decode("utf-8", "replace")
    if r.returncode < 0 or r.returncode > 1:
        return ("crash", f"exit status {r.returncode}", err[-300:])
    m = ERROR_LINE.findall(err)
    line = FILE_LINE.search(err)
    return ("error", m[-1] if m else "?", int(line.group(1)) if line else None)


def strip_fstring_positions(node, inside=False):
    """Drops positions of every node nested in a JoinedStr."""
    for field, value in ast.iter_fields(node):
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, ast.AST):
                strip_fstring_positions(child, inside or isinstance(node, ast.JoinedStr))
    if inside:
        for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            if hasattr(node, attr):
                delattr(node, attr)


def normalized(dump):
    try:
        tree = eval(dump, vars(ast))
    except Exception:
        return None
    strip_fstring_positions(tree)
    return ast.dump(tree, include_attributes=True)


def same(expected, got):
    if expected[0] != got[0]:
        return False
    if expected[0] == "error":
        return expected[1:] == got[1:] or (expected[1] == got[1] and expected[2] in (None, 0)
                                           and got[2] in (None, 0))
    if expected[1] == got[1]:
        return True
    if "JoinedStr" not in expected[1]:
        return False
    n = normalized(expected[1])
    return n is not None and n == normalized(got[1])


def python_files(roots):
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(".py"):
                    yield os.path.join(dirpath, name)


def describe(path, expected, got):
    if expected[0] == "error" or got[0] != "ok" or expected[0] != got[0]:
        brief = lambda r: r if r[0] != "ok" else ("ok", "...")
        return f"{path}: CPython {brief(expected)[:3]} Krait {brief(got)[:3]}"
    e, g = expected[1], got[1]
    i = next((k for k in range(min(len(e), len(g))) if e[k] != g[k]), min(len(e), len(g)))
    return f"{path}: dumps differ at {i}:\n  CPython ...{e[max(0, i - 80):i + 80]}\n  Krait   ...{g[max(0, i - 80):i + 80]}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("roots", nargs="*", default=["/usr/lib/python3.11"])
    args = ap.parse_args()
    files = list(python_files(args.roots))

    def check(path):
        return path, oracle(path), krait(args.krait, path)

    failures = []
    with ThreadPoolExecutor(args.jobs) as pool:
        for path, expected, got in pool.map(check, files):
            if not same(expected, got):
                failures.append(describe(path, expected, got))
    for f in failures[:args.show]:
        print(f)
    print(f"{len(files) - len(failures)} identical of {len(files)} files")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
