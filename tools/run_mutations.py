#!/usr/bin/python3.11
"""Runs mutated copies of the tests/lang scripts on Krait: no program may
crash it. Each mutant is a script with one random edit (a line deleted,
duplicated or swapped, a number, name or operator replaced, a line from
another script inserted); Krait must end it with an exit status (0, or 1
with a Python exception), never a signal or a sanitizer report. A mutant
that runs past the timeout (a loop whose exit was edited away) is counted
apart, not as a failure. The same seed gives the same mutants.

usage: tools/run_mutations.py --krait build/krait [--count 300] [--seed 1] [--timeout 5]
Prints one line per crash and a last line "N survived of M mutants
(T timeouts)"; exits 1 if any mutant crashed Krait."""
import argparse
import glob
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NUMBER = re.compile(r"\b\d+\b")
NAME = re.compile(r"\b[A-Za-z_][A-Za-z_0-9]*\b")
OPERATORS = ["+", "-", "*", "//", "%", "**", "<", ">=", "==", "!=", " and ", " or ",
             " in ", " is ", "&", "|", "<<"]
NUMBERS = ["0", "-1", "1", "3", "255", "10**6", "2**64", "10**400", "0.5", "1e308", "-0.0"]


def mutate(rng, lines, donor):
    """One random edit of [lines] (a copy); [donor] lends lines to insert."""
    lines = list(lines)
    i = rng.randrange(len(lines))
    kind = rng.randrange(7)
    if kind == 0 and len(lines) > 1:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[i])
    elif kind == 2:
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == 3 and NUMBER.search(lines[i]):
        spots = list(NUMBER.finditer(lines[i]))
        m = rng.choice(spots)
        lines[i] = lines[i][:m.start()] + rng.choice(NUMBERS) + lines[i][m.end():]
    elif kind == 4 and NAME.search(lines[i]):
        names = sorted({m.group() for ln in lines for m in NAME.finditer(ln)})
        m = rng.choice(list(NAME.finditer(lines[i])))
        lines[i] = lines[i][:m.start()] + rng.choice(names) + lines[i][m.end():]
    elif kind == 5:
        ops = [op for op in OPERATORS if op in lines[i]]
        if ops:
            lines[i] = lines[i].replace(rng.choice(ops), rng.choice(OPERATORS), 1)
    else:
        lines.insert(i, rng.choice(donor))
    return lines


def crashed(r):
    """Why the run counts as a crash, or None."""
    if r.returncode < 0:
        return f"killed by signal {-r.returncode}"
    if r.returncode not in (0, 1, 2):
        # sys.exit(n) in a mutant may ask for any status: look for a report
        if "Sanitizer" not in r.stderr and "Fatal" not in r.stderr:
            return None
        return f"exit status {r.returncode}"
    if "Sanitizer" in r.stderr or "Fatal Python error" in r.stderr:
        return "sanitizer or fatal report"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=5)
    args = ap.parse_args()
    krait = os.path.abspath(args.krait)
    rng = random.Random(args.seed)
    scripts = sorted(glob.glob(os.path.join(ROOT, "tests/lang/**/*.py"), recursive=True))
    sources = [open(p, encoding="utf-8").read().splitlines(keepends=True) for p in scripts]
    donor = [ln for src in sources for ln in src if ln.strip()]
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
    crashes = timeouts = 0
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.count):
            k = rng.randrange(len(scripts))
            text = "".join(mutate(rng, sources[k], donor))
            path = os.path.join(tmp, f"mutant_{n}.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            try:
                r = subprocess.run([krait, path], capture_output=True, text=True,
                                   errors="replace", timeout=args.timeout,
                                   stdin=subprocess.DEVNULL, env=env, cwd=tmp)
            except subprocess.TimeoutExpired:
                timeouts += 1
                continue
            why = crashed(r)
            if why:
                crashes += 1
                keep = os.path.join(ROOT, "build", f"crash_mutant_{args.seed}_{n}.py")
                os.makedirs(os.path.dirname(keep), exist_ok=True)
                with open(keep, "w", encoding="utf-8") as f:
                    f.write(text)
                print(f"CRASH {os.path.relpath(scripts[k], ROOT)} mutant {n}: {why} "
                      f"(kept as {os.path.relpath(keep, ROOT)})")
                print("  " + r.stderr.strip()[-300:].replace("\n", "\n  "))
    print(f"{args.count - crashes} survived of {args.count} mutants ({timeouts} timeouts)")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
