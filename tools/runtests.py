#!/usr/bin/python3.11
"""Krait's test runner (`make test`). Suites:
  unit      every C unit-test program under BUILD/unit (each prints N passed, N failed)
  fresh     generated sources equal what the generators produce now
  globals   no writable global data in BUILD/krait beyond tools/globals.allow
  ast       tests/ast/X.py: `krait --dump-ast` stdout equals X.ast
  syntax    tests/syntax/X.py: `krait --dump-ast --error-details` stderr equals X.err;
            names in tests/syntax/KNOWN_DIFFERENCES.txt are skipped (with their reason),
            names in PEP701_ACCEPTS.txt must parse
  lang      tests/lang/AREA/X.py: `krait X.py` stdout, stderr and exit status equal
            X.out, X.err, X.rc (tools/gen_lang_expected.py); scripts listed in
            tests/lang/PENDING.txt are skipped while they fail and fail once they pass;
            --update-pending rewrites PENDING.txt to list exactly the failing scripts
  fuzz      tests/fuzz/regressions/*: inputs the fuzzer once crashed on must not crash
  deep      deeply nested inputs: CPython's error class (or success), never a crash
  stdlib    tools/compare_stdlib.py: every file of /usr/lib/python3.11 against CPython
  mutations tools/compare_mutations.py: 2000 (--full: 20000) damaged stdlib files against
            CPython, at least 99% identical
  mutants   tools/run_mutations.py: 500 (--full: 5000) tests/lang scripts with one random
            edit, run: Krait ends each with an exit status, never a crash
The last line is "N passed, N failed, N skipped"; exit status 1 on any failure."""
import argparse
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Tally:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def ok(self, n=1):
        self.passed += n

    def fail(self, name, detail=""):
        self.failed += 1
        print(f"FAIL {name}" + (f"\n{detail}" if detail else ""))


def run(cmd, **kw):
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, **kw)


def suite_unit(t, build):
    for exe in sorted(glob.glob(os.path.join(ROOT, build, "unit", "**", "test_*"), recursive=True)):
        if not os.access(exe, os.X_OK) or exe.endswith(".d"):
            continue
        r = run([exe], timeout=300)
        out = r.stdout.decode(errors="replace")
        m = re.search(r"^(\d+) passed, (\d+) failed", out, re.M)
        name = os.path.relpath(exe, ROOT)
        if not m or r.returncode != 0:
            t.fail(name, out[-2000:] + r.stderr.decode(errors="replace")[-2000:])
            if m:
                t.ok(int(m.group(1)))
        else:
            t.ok(int(m.group(1)))


def suite_fresh(t):
    r = run([sys.executable, "tools/regen.py", "--check"], timeout=600)
    if r.returncode != 0:
        t.fail("generated files are stale", r.stdout.decode() + r.stderr.decode())
    else:
        t.ok()


def suite_globals(t, build):
    """Writable data: symbols in .data or .bss. Constant tables of pointers
    live in .data.rel.ro (read-only once relocated) and are fine."""
    allow = []
    path = os.path.join(ROOT, "tools", "globals.allow")
    if os.path.exists(path):
        for line in open(path):
            line = line.split("#", 1)[0].strip()
            if line:
                allow.append(re.compile(line))
    r = run(["objdump", "-t", os.path.join(build, "krait")])
    bad = []
    for line in r.stdout.decode().splitlines():
        parts = line.split()
        if len(parts) < 5 or not re.match(r"^[0-9a-f]{8,}$", parts[0]):
            continue
        section = next((x for x in parts[1:] if x.startswith(".") or x.startswith("*")), "")
        name = parts[-1]
        if section not in (".data", ".bss") or name.startswith("_") or "@" in name \
                or name.startswith("completed.") or name.startswith("."):
            continue
        if not any(a.search(name) for a in allow):
            bad.append(name)
    if bad:
        t.fail("writable globals in krait", "  " + "\n  ".join(bad))
    else:
        t.ok()


def read_list(path):
    """Names (first word of each line) of a list file; '#' starts a comment."""
    out = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            line = line.split("#", 1)[0].strip()
            if line:
                name, _, reason = line.partition(":")
                out[name.strip()] = reason.strip()
    return out


def suite_ast(t, krait):
    for src in sorted(glob.glob(os.path.join(ROOT, "tests/ast/*.py"))):
        rel = os.path.relpath(src, ROOT)
        expected = open(src[:-3] + ".ast", "rb").read()
        r = run([krait, "--dump-ast", rel], timeout=60)
        if r.returncode != 0 or r.stdout != expected:
            t.fail(rel, r.stderr.decode(errors="replace")[-500:] or first_difference(expected, r.stdout))
        else:
            t.ok()


def first_difference(a, b):
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return f"  expected ...{a[max(0, i - 60):i + 60]!r}\n  got      ...{b[max(0, i - 60):i + 60]!r}"


def suite_syntax(t, krait):
    known = read_list(os.path.join(ROOT, "tests/syntax/KNOWN_DIFFERENCES.txt"))
    accepts = read_list(os.path.join(ROOT, "tests/syntax/PEP701_ACCEPTS.txt"))
    for src in sorted(glob.glob(os.path.join(ROOT, "tests/syntax/*.py"))):
        rel = os.path.relpath(src, ROOT)
        name = os.path.basename(src)[:-3]
        r = run([krait, "--dump-ast", "--error-details", rel], timeout=60)
        if name in accepts:
            if r.returncode != 0:
                t.fail(rel + " (PEP 701 accepts it)", r.stderr.decode(errors="replace"))
            else:
                t.ok()
            continue
        expected = open(src[:-3] + ".err", "rb").read()
        good = r.returncode == 1 and r.stderr == expected
        if name in known:
            if good:
                t.fail(rel, "  passes now: remove it from KNOWN_DIFFERENCES.txt")
            else:
                t.skipped += 1
            continue
        if good:
            t.ok()
        else:
            t.fail(rel, first_difference(expected, r.stderr) if r.returncode == 1
                   else f"  exit status {r.returncode}\n" + r.stderr.decode(errors="replace")[-500:])


def first_differing_line(what, expected, got):
    """Where two outputs part, as the runner reports it."""
    a, b = expected.decode(errors="replace").splitlines(), got.decode(errors="replace").splitlines()
    i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    return (f"  {what} line {i + 1}\n  expected {a[i] if i < len(a) else '<end of output>'!r:.300}"
            f"\n  got      {b[i] if i < len(b) else '<end of output>'!r:.300}")


def lang_mismatch(expected, got):
    """None when Krait's (stdout, stderr, status) equals the expectation,
    else the first difference."""
    if got[2] is None:
        return "  timed out after 10 s"
    for what, i in (("stdout", 0), ("stderr", 1)):
        if expected[i] != got[i]:
            detail = first_differing_line(what, expected[i], got[i])
            if what == "stdout" and got[1] and expected[1] != got[1]:
                detail += "\n  stderr: " + got[1].decode(errors="replace")[-300:]
            return detail
    if expected[2] != got[2]:
        return f"  exit status {got[2]}, expected {expected[2]}"
    return None


def suite_lang(t, krait, update_pending):
    """The language corpus: every script's output against CPython 3.11's."""
    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import gen_lang_expected as lang
    pending_path = os.path.join(ROOT, "tests/lang/PENDING.txt")
    pending = {os.path.join("tests/lang", n) if not n.startswith("tests/lang/") else n
               for n in read_list(pending_path)}
    scripts = lang.all_scripts()
    # a sanitizer build (its folder says so) runs several times slower
    scale = 6 if "asan" in krait else 1
    results = lang.parallel(lambda rel: lang.run_script(krait, rel, timeout_scale=scale), scripts)
    failing = []
    for rel, got in zip(scripts, results):
        expected = lang.expected_of(rel)
        problem = "  no expectation: run tools/gen_lang_expected.py" if expected is None \
            else lang_mismatch(expected, got)
        if problem:
            failing.append(rel)
        if rel in pending:
            if problem:
                t.skipped += 1
            else:
                t.fail(rel, "  passes now: remove it from tests/lang/PENDING.txt")
        elif problem:
            t.fail(rel, problem)
        else:
            t.ok()
    for rel in sorted(pending - set(scripts)):
        t.fail(rel, "  listed in tests/lang/PENDING.txt but does not exist")
    if update_pending:
        write_pending(pending_path, failing)


def write_pending(path, failing):
    """Rewrites PENDING.txt: its leading comment block, then [failing]."""
    header = []
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.startswith("#"):
                break
            header.append(line)
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(header)
        f.writelines(rel + "\n" for rel in failing)
    print(f"wrote {os.path.relpath(path, ROOT)}: {len(failing)} pending scripts")


def suite_fuzz_regressions(t, krait):
    """Inputs the fuzzer once crashed on: any exit but a crash is fine (the
    asan build is the one that catches memory errors)."""
    for src in sorted(glob.glob(os.path.join(ROOT, "tests/fuzz/regressions/*"))):
        rel = os.path.relpath(src, ROOT)
        r = run([krait, "--dump-ast", rel], timeout=60)
        if r.returncode not in (0, 1):
            t.fail(rel, f"  exit status {r.returncode}\n" + r.stderr.decode(errors="replace")[-1000:])
        else:
            t.ok()


DEEP_INPUTS = {
    # name: source text; Krait must fail (or not) as CPython does: same
    # exception class at the same line, and never crash.
    "parens_10000": "(" * 10000 + ")" * 10000 + "\n",
    "brackets_150": "[" * 150 + "]" * 150 + "\n",
    "calls_150": "f(" * 150 + ")" * 150 + "\n",
    "blocks_10000": "".join("\t" * i + "if x:\n" for i in range(10000)) + "\t" * 10000 + "pass\n",
    "unary_100000": "-" * 100000 + "1\n",
    "not_100000": "not " * 100000 + "1\n",
    "lambda_10000": "lambda: " * 10000 + "1\n",
    "attributes_100000": "x" + ".y" * 100000 + "\n",
    "fstrings_100": "x = " + "f'{" * 100 + "1" + "}'" * 100 + "\n",
}


def suite_deep(t, krait, build):
    """Deep nesting: CPython's limits or errors, never a crash or a hang."""
    sys.path.insert(0, os.path.join(ROOT, "tools"))
    import compare_stdlib
    folder = os.path.join(ROOT, build, "deep")
    os.makedirs(folder, exist_ok=True)
    for name, text in DEEP_INPUTS.items():
        path = os.path.join(folder, name + ".py")
        with open(path, "w") as f:
            f.write(text)
        expected = compare_stdlib.oracle(path)
        try:
            got = compare_stdlib.krait(krait, path)
        except subprocess.TimeoutExpired:
            got = ("timeout",)
        # PEP 701 accepts nested f-strings reusing quotes, which 3.11 refuses
        if name == "fstrings_100" and got[0] == "ok":
            t.ok()
        elif got[0] == "crash" or got[0] == "timeout" or got[0] != expected[0] \
                or (got[0] == "error" and got[1] != expected[1]):
            t.fail(f"deep/{name}", f"  CPython {expected[:3]!r:.200} Krait {got[:3]!r:.200}")
        else:
            t.ok()


def suite_stdlib(t, krait):
    r = subprocess.run([sys.executable, "tools/compare_stdlib.py", "--krait", krait], cwd=ROOT,
                       capture_output=True, text=True)
    print(r.stdout, end="")
    m = re.search(r"(\d+) identical of (\d+) files", r.stdout)
    if not m:
        t.fail("stdlib comparison", r.stderr[-2000:])
        return
    same, total = int(m.group(1)), int(m.group(2))
    t.ok(same)
    for _ in range(total - same):
        t.failed += 1


def suite_oracles(t, build, full):
    """Whole-range comparisons with python3.11 done by checker scripts: the
    Unicode database (every code point), the symbol table (every stdlib
    file) and the compiler's output (the tests/compiler snippets; with
    --full, also every stdlib file). Each script is one test; exit 0 passes."""
    unit = os.path.join(build, "unit")
    checks = [
        ("unicode", ["tools/check_unicode.py", os.path.join(unit, "base", "test_unicode_dump")]),
        ("symtable", ["tools/check_symtable.py", "--tool",
                      os.path.join(unit, "compiler", "test_symtable_dump")]
                     + (["--code"] if full else [])),
        ("dis", ["tools/check_dis.py", "--build", build]),
    ]
    for name, cmd in checks:
        r = subprocess.run([sys.executable] + cmd, cwd=ROOT, capture_output=True, text=True)
        last = (r.stdout.strip().splitlines() or [""])[-1]
        print(f"  {name}: {last}")
        if r.returncode == 0:
            t.ok()
        else:
            t.fail(f"oracle check {name}", (r.stdout + r.stderr)[-2000:])


def suite_mutations(t, krait, count):
    """tools/compare_mutations.py: damaged stdlib files against CPython."""
    r = subprocess.run([sys.executable, "tools/compare_mutations.py", "--krait", krait,
                        "--count", str(count)], cwd=ROOT, capture_output=True, text=True)
    print(r.stdout[-3000:], end="")
    m = re.search(r"(\d+) identical of (\d+) mutations", r.stdout)
    if not m:
        t.fail("mutation comparison", r.stderr[-2000:])
        return
    same, total = int(m.group(1)), int(m.group(2))
    # 3.11 tokenized a whole f-string as one literal, so errors that arise
    # inside damaged f-strings can differ in rare ways: at least 99% must
    # match; the rest are reported and counted as skipped.
    t.ok(same)
    if same < 0.99 * total:
        t.fail(f"mutations: only {same} identical of {total}")
    else:
        t.skipped += total - same


def suite_mutants(t, krait, count):
    """tools/run_mutations.py: mutated tests/lang programs, run; no crash."""
    r = subprocess.run([sys.executable, "tools/run_mutations.py", "--krait", krait,
                        "--count", str(count)], cwd=ROOT, capture_output=True, text=True)
    print(r.stdout[-3000:], end="")
    m = re.search(r"(\d+) survived of (\d+) mutants", r.stdout)
    if not m:
        t.fail("mutants run", r.stderr[-2000:])
        return
    survived, total = int(m.group(1)), int(m.group(2))
    t.ok(survived)
    for _ in range(total - survived):
        t.failed += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--full", action="store_true", help="longer runs of the randomized suites")
    ap.add_argument("--only", default="")
    ap.add_argument("--update-pending", action="store_true",
                    help="lang: rewrite tests/lang/PENDING.txt to list exactly the failing scripts")
    args = ap.parse_args()
    krait = os.path.join(args.build, "krait")
    suites = args.only.split(",") if args.only else ["unit", "fresh", "globals", "ast", "syntax",
                                                      "lang", "fuzz", "deep", "oracles", "stdlib",
                                                      "mutations", "mutants"]
    t = Tally()
    for s in suites:
        before = (t.passed, t.failed, t.skipped)
        if s == "unit":
            suite_unit(t, args.build)
        elif s == "fresh":
            suite_fresh(t)
        elif s == "globals":
            suite_globals(t, args.build)
        elif s == "ast":
            suite_ast(t, krait)
        elif s == "syntax":
            suite_syntax(t, krait)
        elif s == "lang":
            suite_lang(t, krait, args.update_pending)
        elif s == "fuzz":
            suite_fuzz_regressions(t, krait)
        elif s == "deep":
            suite_deep(t, krait, args.build)
        elif s == "oracles":
            suite_oracles(t, args.build, args.full)
        elif s == "stdlib":
            suite_stdlib(t, krait)
        elif s == "mutations":
            suite_mutations(t, krait, 20000 if args.full else 2000)
        elif s == "mutants":
            suite_mutants(t, krait, 5000 if args.full else 500)
        print(f"[{s}] {t.passed - before[0]} passed, {t.failed - before[1]} failed, "
              f"{t.skipped - before[2]} skipped")
    print(f"{t.passed} passed, {t.failed} failed, {t.skipped} skipped")
    return 1 if t.failed else 0


if __name__ == "__main__":
    sys.exit(main())
