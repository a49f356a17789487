#!/usr/bin/python3.11
"""Compares Krait's symbol table with python3.11's on every .py file under
the given roots (default: /usr/lib/python3.11 and tests/unit/compiler/symtable/)
and prints "N identical of M files".

Krait's side is the dump tool tests/unit/compiler/test_symtable_dump (built
by `make unit`); this script prints the same text from the `symtable` module:
per block its type, name, line, nesting and children, per symbol the raw
flags CPython keeps (its DEF_* bits | scope << 11) and the ten is_* answers
of symtable.Symbol, per function the lists of symtable.Function; a file
CPython refuses gives its exception (class, message, position). Symbols are
listed in CPython's dict order, except that the free names a block only
passes through for inner blocks come last sorted: CPython adds those in the
iteration order of a set of str, which changes with the hash seed.

--code also compiles each file whose tables agree and checks, for every
block that has a code object, what the code generator will take from the
table: co_flags (generator, coroutine, nested, *args, ...), co_cellvars,
co_freevars and the parameters at the head of co_varnames. How often the
rest of co_varnames comes in Krait's order is printed for information:
CPython numbers those locals as its code generator meets them.

    python3.11 tools/check_symtable.py [--tool PATH] [--code] [--show N] [ROOT...]

The oracle is Debian's /usr/bin/python3.11: the script re-executes itself
under it.
"""
import argparse
import os
import subprocess
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor

ORACLE = "/usr/bin/python3.11"
if os.path.realpath(sys.executable) != os.path.realpath(ORACLE) and os.path.exists(ORACLE):
    os.execv(ORACLE, [ORACLE] + sys.argv)

import _symtable  # noqa: E402
import symtable  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class",
         _symtable.TYPE_MODULE: "module"}
DEF_MASK = (1 << _symtable.SCOPE_OFF) - 1


def symbol_order(table):
    """Names in dict order, the passed-through free names last and sorted."""
    raw = table._table.symbols
    own = [n for n in raw if raw[n] & DEF_MASK]
    return own + sorted(n for n in raw if not raw[n] & DEF_MASK)


def dump_table(table, indent, out):
    pad = " " * indent
    raw = table._table
    names = symbol_order(table)
    out.append(f"{pad}block {TYPES[raw.type]} {raw.name} line={raw.lineno} "
               f"nested={int(bool(raw.nested))} children={len(raw.children)}")
    for name in names:
        s = table.lookup(name)
        answers = (s.is_local(), s.is_global(), s.is_declared_global(), s.is_free(),
                   s.is_nonlocal(), s.is_parameter(), s.is_referenced(), s.is_assigned(),
                   s.is_imported(), s.is_annotated())
        out.append(f"{pad}  sym {name} {raw.symbols[name]} " + "".join(str(int(a)) for a in answers))
    out.append(f"{pad}  varnames:" + "".join(" " + n for n in raw.varnames))
    if isinstance(table, symtable.Function):
        for label, got in (("params", table.get_parameters()), ("locals", table.get_locals()),
                           ("globals", table.get_globals()), ("nonlocals", table.get_nonlocals()),
                           ("frees", table.get_frees())):
            chosen = set(got)
            out.append(f"{pad}  {label}:" + "".join(" " + n for n in names if n in chosen))
    for child in table.get_children():
        dump_table(child, indent + 2, out)


def position(v):
    return "None" if v is None else str(v)


def python_dump(path):
    """The dump of [path] as python3.11 sees it (a list of lines)."""
    with open(path, "rb") as f:
        src = f.read()
    out = [f"FILE\t{path}"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            top = symtable.symtable(src, path, "exec")
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            where = [e.lineno, e.offset, e.end_lineno, e.end_offset] \
                if isinstance(e, SyntaxError) else [None] * 4
            msg = e.msg if isinstance(e, SyntaxError) else str(e)
            out.append("\t".join(["ERROR", type(e).__name__, msg] + [position(v) for v in where]))
            return out
    # CPython's own limit derives from the recursion limit at the call
    # above; only the walk of deep tables needs more.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20000))
    try:
        dump_table(top, 0, out)
    finally:
        sys.setrecursionlimit(limit)
    return out


def krait_dumps(tool, paths, code):
    """{path: lines} from one run of the dump tool over [paths]."""
    r = subprocess.run([tool] + (["--code"] if code else []) + paths, capture_output=True)
    if r.returncode != 0:
        sys.exit(f"{tool} failed: {r.stderr.decode(errors='replace')[-2000:]}")
    dumps, cur = {}, None
    for line in r.stdout.decode("utf-8", "surrogateescape").split("\n"):
        if line.startswith("FILE\t"):
            cur = dumps.setdefault(line[5:], [line])
        elif line and cur is not None:
            cur.append(line)
    return dumps


# ---- the code-object check ----

CODE_FLAGS = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200
CODE_NAMES = {"top": "<module>", "lambda": "<lambda>", "listcomp": "<listcomp>",
              "setcomp": "<setcomp>", "dictcomp": "<dictcomp>", "genexpr": "<genexpr>"}


def krait_blocks(lines):
    """The block tree of a --code dump: [(name, code fields, children)]."""
    root, stack = [], [(-1, None)]
    for line in lines[1:]:
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        if body.startswith("block "):
            while stack[-1][0] >= indent:
                stack.pop()
            node = {"name": body.split()[2], "code": None, "children": []}
            (stack[-1][1]["children"] if stack[-1][1] else root).append(node)
            stack.append((indent, node))
        elif body.startswith("code "):
            head, varnames, cells, frees, nparams = body[5:].split("|")
            first, flags = head.split()
            stack[-1][1]["code"] = (int(first), int(flags), varnames.split(), cells.split(),
                                    frees.split(), int(nparams))
    return root


def compare_code(block, code, tally, problems, path):
    first, flags, varnames, cells, frees, nparams = block["code"]
    got = {"flags": code.co_flags & CODE_FLAGS, "cellvars": list(code.co_cellvars),
           "freevars": list(code.co_freevars), "params": list(code.co_varnames[:nparams])}
    want = {"flags": flags, "cellvars": cells, "freevars": frees, "params": varnames[:nparams]}
    tally["blocks"] += 1
    for key in want:
        if got[key] != want[key]:
            tally["bad " + key] += 1
            problems.append(f"{path}: {code.co_qualname} line {code.co_firstlineno}: {key} "
                            f"CPython {got[key]} Krait {want[key]}")
    if list(code.co_varnames) == varnames:
        tally["varnames in order"] += 1
    children = {}
    for const in code.co_consts:
        if hasattr(const, "co_code"):
            children.setdefault((const.co_name, const.co_firstlineno), []).append(const)
    for child in block["children"]:
        name = CODE_NAMES.get(child["name"], child["name"])
        found = children.get((name, child["code"][0]))
        if found:
            # Blocks of one name on one line (`(x for x in (y for y in a))`)
            # can come in another order: pair them by their locals.
            same = [c for c in found if set(c.co_varnames) == set(child["code"][2])]
            pick = same[0] if same else found[0]
            found.remove(pick)
            compare_code(child, pick, tally, problems, path)
        else:  # dead code the compiler dropped
            tally["no code object"] += 1


def check_code(path, lines, tally, problems):
    with open(path, "rb") as f:
        src = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = compile(src, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            return
    compare_code(krait_blocks(lines)[0], code, tally, problems, path)


def collect(roots):
    paths = []
    for root in roots:
        for d, dirs, files in os.walk(root):
            dirs.sort()
            paths += [os.path.join(d, f) for f in sorted(files) if f.endswith(".py")]
    return paths


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(ROOT, "build/unit/compiler/test_symtable_dump"))
    ap.add_argument("--code", action="store_true", help="also check against code objects")
    ap.add_argument("--show", type=int, default=5, help="differences to print")
    ap.add_argument("roots", nargs="*")
    args = ap.parse_args()
    roots = args.roots or ["/usr/lib/python3.11", os.path.join(ROOT, "tests/unit/compiler/symtable")]
    paths = collect(roots)
    chunks = [paths[i::8] for i in range(8)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        dumps = {}
        for part in pool.map(lambda c: krait_dumps(args.tool, c, args.code), chunks):
            dumps.update(part)
    same, shown = 0, 0
    tally, problems = {k: 0 for k in ("blocks", "bad flags", "bad cellvars", "bad freevars",
                                     "bad params", "varnames in order", "no code object")}, []
    for path in paths:
        want = python_dump(path)
        got = dumps.get(path, [])
        plain = [line for line in got if not line.lstrip(" ").startswith("code ")]
        if plain == want:
            same += 1
            if args.code and len(got) > 1 and not got[1].startswith("ERROR"):
                check_code(path, got, tally, problems)
            continue
        if shown < args.show:
            shown += 1
            i = next((k for k in range(min(len(want), len(plain))) if want[k] != plain[k]),
                     min(len(want), len(plain)))
            print(f"DIFF {path} line {i + 1}\n  CPython: {want[i] if i < len(want) else '(end)'}"
                  f"\n  Krait:   {plain[i] if i < len(plain) else '(end)'}")
    if args.code:
        for p in problems[:args.show]:
            print("CODE", p)
        print("code objects: " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    print(f"{same} identical of {len(paths)} files")
    return 0 if same == len(paths) and not problems else 1


if __name__ == "__main__":
    sys.exit(main())
