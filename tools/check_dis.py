#!/usr/bin/python3.11
"""Compares Krait's compiler with CPython 3.11's, code object by code object.

  check_dis.py --dump [-O|-OO] [--mode M] FILE...    CPython's dump of each file
  check_dis.py [--build DIR] [-O|-OO] [--mode M] [--stdlib] [--show N] [PATH...]

The dump (the same format as tests/unit/compiler/test_dis_dump) lists for every
code object, depth first in co_consts order: its attributes, constants (code
objects as <code NAME>, frozenset elements sorted by repr since their order
follows string hashing), names, variables, every code unit of co_code with its
raw oparg and its co_positions() entry, the exception table, and the raw
location and exception tables in hex; before them, the SyntaxWarnings the
compiler issued. A file CPython cannot compile prints its SyntaxError (message
and position) instead.

The comparison mode compiles every .py file under PATH (default: tests/compiler)
with both, and with --stdlib also every file of /usr/lib/python3.11, and reports
how many files and code objects are identical; --show N prints the first
differing lines of N files. Exit status 1 when a file of tests/compiler differs.
Must run under /usr/bin/python3.11, the oracle."""
import argparse
import concurrent.futures
import dis
import os
import subprocess
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.set_int_max_str_digits(0)
# The SyntaxWarnings of the code generator (the parser's are not compared here).
COMPILER_WARNINGS = ("with a literal", "object is not callable", "object is not subscriptable",
                     "indices must be integers or slices", "assertion is always true")
DEFAULT_RECURSION_LIMIT = sys.getrecursionlimit()  # compile() derives its limits from it


def const_repr(c):
    if hasattr(c, "co_code"):
        return f"<code {c.co_name}>"
    if type(c) is tuple:
        inner = ", ".join(const_repr(x) for x in c)
        return f"({inner},)" if len(c) == 1 else f"({inner})"
    if type(c) is frozenset:
        if not c:
            return "frozenset()"
        return "frozenset({" + ", ".join(sorted(const_repr(x) for x in c)) + "})"
    if c is Ellipsis:
        return "Ellipsis"
    return repr(c)


def pos_str(p):
    return "(" + ", ".join("None" if v is None else str(v) for v in p) + ")"


def names_line(label, names):
    return label + ":" + "".join(" " + repr(n) for n in names)


def dump_code(co, out):
    out.append(f"CODE {co.co_qualname} name={co.co_name} firstlineno={co.co_firstlineno}")
    out.append(f"argcount={co.co_argcount} posonly={co.co_posonlyargcount} "
               f"kwonly={co.co_kwonlyargcount} nlocals={co.co_nlocals} "
               f"stacksize={co.co_stacksize} flags={co.co_flags:#x}")
    out.append("consts:" + "".join(" " + const_repr(c) for c in co.co_consts))
    out.append(names_line("names", co.co_names))
    out.append(names_line("varnames", co.co_varnames))
    out.append(names_line("cellvars", co.co_cellvars))
    out.append(names_line("freevars", co.co_freevars))
    code = co.co_code
    positions = list(co.co_positions())
    for i in range(0, len(code), 2):
        op, arg = code[i], code[i + 1]
        out.append(f"  {i:4d} {dis.opname[op]:<28} {arg:3d} {pos_str(positions[i // 2])}")
    for e in dis._parse_exception_table(co):
        out.append(f"  except {e.start} to {e.end} -> {e.target} [{e.depth}]"
                   + (" lasti" if e.lasti else ""))
    out.append("linetable: " + co.co_linetable.hex())
    out.append("exceptiontable: " + co.co_exceptiontable.hex())
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            dump_code(c, out)


def cpython_dump(path, optimize=0, mode="exec"):
    out = [f"FILE {path}"]
    try:
        with open(path, "rb") as f:
            src = f.read()
    except OSError:
        out.append("ERROR OSError: cannot read")
        return "\n".join(out) + "\n"
    sys.setrecursionlimit(DEFAULT_RECURSION_LIMIT)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            co = compile(src, "<dump>", mode, dont_inherit=True, optimize=optimize)
    except SyntaxError as e:
        kind = type(e).__name__
        vals = [e.lineno, e.offset, e.end_lineno, e.end_offset]
        out.append(f"ERROR {kind}: {e.msg} " + pos_str(vals))
    except (ValueError, MemoryError, RecursionError) as e:
        out.append(f"ERROR {type(e).__name__}: {e}".rstrip())
    else:
        for w in caught:
            if w.category is SyntaxWarning and any(k in str(w.message) for k in COMPILER_WARNINGS):
                out.append(f"WARNING {w.lineno}: {w.message}")
        sys.setrecursionlimit(50000)  # deeply nested code objects
        dump_code(co, out)
        sys.setrecursionlimit(DEFAULT_RECURSION_LIMIT)
    return "\n".join(out) + "\n"


def krait_dump(binary, paths, optimize, mode="exec"):
    args = [binary] + (["-" + "O" * optimize] if optimize else [])
    args += ["--" + mode] if mode != "exec" else []
    args += paths
    r = subprocess.run(args, capture_output=True, timeout=600)
    text = r.stdout.decode("utf-8", "replace")
    if r.returncode != 0:
        text += (f"\nCRASH exit status {r.returncode}\n"
                 + r.stderr.decode("utf-8", "replace")[-2000:])
    return split_files(text)


def split_files(text):
    files, cur = {}, None
    for line in text.splitlines():
        if line.startswith("FILE "):
            cur = line[5:]
            files[cur] = []
        elif cur is not None:
            files[cur].append(line)
        elif line.strip():
            files.setdefault("<crash>", []).append(line)
    return files


def split_codes(lines):
    codes, cur = [], None
    for line in lines:
        if line.startswith("CODE ") or line.startswith("ERROR "):
            cur = [line]
            codes.append(cur)
        elif cur is not None:
            cur.append(line)
    return codes


def collect(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for d, _, files in os.walk(p):
                out.extend(os.path.join(d, f) for f in files if f.endswith(".py"))
        else:
            out.append(p)
    return sorted(out)


def first_difference(a, b):
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<end>"
        y = b[i] if i < len(b) else "<end>"
        if x != y:
            ctx = a[max(0, i - 3):i]
            return ctx, x, y
    return None


def compare(binary, paths, optimize, show, mode="exec"):
    files = collect(paths)
    with concurrent.futures.ProcessPoolExecutor() as pool:
        expected = dict(zip(files, pool.map(cpython_dump, files, [optimize] * len(files),
                                            [mode] * len(files), chunksize=8)))
    got = {}
    chunks = [files[i:i + 50] for i in range(0, len(files), 50)]
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for part in pool.map(lambda ch: krait_dump(binary, ch, optimize, mode), chunks):
            got.update(part)
    same_files = same_codes = total_codes = 0
    differing = []
    for f in files:
        exp = split_files(expected[f])[f]
        mine = got.get(f, ["<missing>"])
        ec, mc = split_codes(exp), split_codes(mine)
        total_codes += len(ec)
        same_codes += sum(1 for a, b in zip(ec, mc) if a == b)
        if exp == mine:
            same_files += 1
        else:
            differing.append((f, exp, mine))
    print(f"files identical: {same_files}/{len(files)}; "
          f"code objects identical: {same_codes}/{total_codes}")
    for f, exp, mine in differing[:show]:
        ctx, x, y = first_difference(exp, mine)
        print(f"--- {f}")
        for line in ctx:
            print(f"    {line}")
        print(f"  - {x}\n  + {y}")
    return differing


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", action="store_true")
    ap.add_argument("--build", default="build")
    ap.add_argument("-O", dest="opt", action="count", default=0)
    ap.add_argument("--stdlib", action="store_true")
    ap.add_argument("--mode", choices=["exec", "eval", "single"], default="exec",
                    help="compile() mode (Krait recasts its parsed module)")
    ap.add_argument("--show", type=int, default=10)
    ap.add_argument("--list", action="store_true", help="list differing files")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    if a.dump:
        for p in a.paths:
            sys.stdout.write(cpython_dump(p, a.opt, a.mode))
        return 0
    binary = os.path.join(ROOT, a.build, "unit", "compiler", "test_dis_dump")
    paths = a.paths or [os.path.join(ROOT, "tests", "compiler")]
    status = 0
    differing = compare(binary, paths, a.opt, a.show, a.mode)
    if a.list:
        for f, _, _ in differing:
            print(f)
    if differing and not a.paths:
        status = 1
    if a.stdlib:
        compare(binary, ["/usr/lib/python3.11"], a.opt, a.show)
    return status


if __name__ == "__main__":
    sys.exit(main())
