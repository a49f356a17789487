#!/usr/bin/python3.11
"""Random damage to stdlib files, compared with CPython 3.11: each mutation
(a character dropped, a bracket/quote/keyword inserted, a line dropped or
indented) of a random line of a random file of /usr/lib/python3.11 must give
Krait's `--dump-ast --error-details` output equal to CPython's: the same
traceback.format_exception_only text and SyntaxError positions, or success
for both. Prints "N identical of M mutations" and the first differences,
keeping each differing input as build/mutations/diffK.py.

usage: compare_mutations.py [--krait build/krait] [--seed S] [--count N]"""
import argparse
import ast
import os
import random
import subprocess
import sys
import traceback
import warnings

ORACLE = "/usr/bin/python3.11"
if os.path.realpath(sys.executable) != os.path.realpath(ORACLE) and os.path.exists(ORACLE):
    os.execv(ORACLE, [ORACLE] + sys.argv)
warnings.simplefilter("ignore")
INSERTS = [b"(", b")", b":", b",", b"=", b'"', b"'", b"[", b"}", b" ", b"\t", b"if ", b"*",
           b'f"{', b"lambda ", b"\\", b"**", b"match ", b":=", b"async "]


def mutate(rng, src):
    lines = src.split(b"\n")
    i = rng.randrange(len(lines))
    line, op = lines[i], rng.randrange(4)
    if op == 0 and line:
        j = rng.randrange(len(line))
        line = line[:j] + line[j + 1:]
    elif op == 1:
        j = rng.randrange(len(line) + 1)
        line = line[:j] + rng.choice(INSERTS) + line[j:]
    elif op == 2:
        line = b""
    else:
        line = b"    " + line
    lines[i] = line
    return b"\n".join(lines)


def cpython(src, path):
    try:
        ast.parse(src, path)
        return "OK\n"
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        out = "".join(traceback.format_exception_only(e))
        if isinstance(e, SyntaxError):
            out += f"positions: {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n"
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk("/usr/lib/python3.11")
                   for f in fs if f.endswith(".py"))
    out_dir = os.path.join(os.path.dirname(args.krait) or ".", "mutations")
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "m.py")
    same, diffs = 0, []
    for _ in range(args.count):
        src = open(rng.choice(files), "rb").read()
        new = mutate(rng, src)
        with open(path, "wb") as f:
            f.write(new)
        expected = cpython(new, path)
        r = subprocess.run([args.krait, "--dump-ast", "--error-details", path],
                           capture_output=True, timeout=60)
        got = "OK\n" if r.returncode == 0 else r.stderr.decode("utf-8", "replace")
        if got == expected:
            same += 1
        else:
            keep = os.path.join(out_dir, f"diff{len(diffs)}.py")
            os.replace(path, keep)
            diffs.append((keep, expected, got))
    for keep, expected, got in diffs[:10]:
        print(f"--- {keep}\nCPython:\n{expected}Krait:\n{got}")
    print(f"{same} identical of {args.count} mutations")
    return 0 if not diffs else 1


if __name__ == "__main__":
    sys.exit(main())
