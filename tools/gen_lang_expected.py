#!/usr/bin/python3.11
# Expected output of the language corpus tests/lang/<area>/<name>.py, produced by the oracle
# /usr/bin/python3.11 (Debian's 3.11.2; a pyenv 3.11.7 earlier on PATH words some errors otherwise).
# Each script runs from the repository root by its relative path, with the environment of lang_env()
# and stdin from /dev/null.  CPython makes __main__'s path absolute, so run_script() removes the
# root's own prefix from both outputs: tracebacks then say "tests/lang/..." wherever the checkout is.
#   <name>.out  stdout (always written, maybe empty)
#   <name>.err  stderr (only when non-empty)
#   <name>.rc   exit status followed by a newline (only when not 0)
# tools/runtests.py (suite "lang") imports run_script/lang_env/expected_of from here, so Krait and
# CPython are always started the same way.
"""Usage: /usr/bin/python3.11 tools/gen_lang_expected.py [--check] [--verify] [PATH ...]

Without paths, regenerates the expectation files of every tests/lang/**/*.py
and removes expectation files whose script is gone; with paths (scripts or
folders under tests/lang), only those.  --check writes nothing and exits 1 if
any expectation file is stale, missing or orphaned.  --verify writes nothing
and runs every selected script three times (PYTHONHASHSEED=0 twice, then 1),
reporting scripts whose output is not deterministic, and scripts that use an
import statement other than `import sys` (the corpus must run on builtins
and the built-in sys alone)."""
import argparse
import concurrent.futures
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANG_DIR = "tests/lang"
ORACLE = "/usr/bin/python3.11"
TIMEOUT = 10
SUFFIXES = (".out", ".err", ".rc")


def lang_env(hashseed="0"):
    """The environment every corpus script runs in: the caller's, minus
    anything that changes how a Python behaves (PYTHON* variables, locale
    choices), plus a fixed hash seed and a UTF-8 C locale."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("PYTHON") and not k.startswith("LC_") and k != "LANG"}
    env["PYTHONHASHSEED"] = hashseed
    env["LC_ALL"] = "C.UTF-8"
    return env


def run_script(interpreter, rel, hashseed="0", timeout_scale=1):
    """Runs [rel] (a path relative to the repository root) under
    [interpreter]; returns (stdout bytes, stderr bytes, exit status), with
    exit status None when it did not finish within TIMEOUT seconds (times
    [timeout_scale]: sanitizer builds run several times slower)."""
    try:
        r = subprocess.run([interpreter, rel], cwd=ROOT, env=lang_env(hashseed),
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT * timeout_scale)
    except subprocess.TimeoutExpired as e:
        return relative(e.stdout or b""), relative(e.stderr or b""), None
    return relative(r.stdout), relative(r.stderr), r.returncode


def relative(data):
    """[data] with the repository root's absolute path (and its resolved
    form) removed in front of file names."""
    for root in {ROOT, os.path.realpath(ROOT)}:
        data = data.replace((root + os.sep).encode(), b"")
    return data


def expected_of(rel):
    """The committed expectation of [rel]: (stdout, stderr, status), or None
    when its .out file is missing."""
    stem = os.path.join(ROOT, rel[:-3])
    if not os.path.exists(stem + ".out"):
        return None
    parts = []
    for suffix in (".out", ".err"):
        path = stem + suffix
        parts.append(open(path, "rb").read() if os.path.exists(path) else b"")
    status = 0
    if os.path.exists(stem + ".rc"):
        status = int(open(stem + ".rc").read().strip())
    return parts[0], parts[1], status


def files_for(out, err, status):
    """Expectation files of one result: {suffix: bytes, or None when the
    file must not exist}."""
    return {".out": out, ".err": err or None,
            ".rc": f"{status}\n".encode() if status else None}


def all_scripts():
    """Every corpus script, relative to the root, sorted."""
    found = glob.glob(os.path.join(ROOT, LANG_DIR, "**", "*.py"), recursive=True)
    return sorted(os.path.relpath(p, ROOT) for p in found)


def select(paths):
    """Scripts named by [paths]: files or folders, relative to the current
    directory or to the root."""
    chosen = []
    for p in paths:
        full = p if os.path.exists(p) else os.path.join(ROOT, p)
        full = os.path.abspath(full)
        if os.path.isdir(full):
            chosen += [os.path.relpath(x, ROOT) for x in
                       glob.glob(os.path.join(full, "**", "*.py"), recursive=True)]
        elif full.endswith(".py") and os.path.exists(full):
            chosen.append(os.path.relpath(full, ROOT))
        else:
            sys.exit(f"gen_lang_expected: no script or folder {p}")
    outside = [c for c in chosen if not c.startswith(LANG_DIR + os.sep)]
    if outside:
        sys.exit(f"gen_lang_expected: not under {LANG_DIR}: {outside[0]}")
    return sorted(set(chosen))


def orphans():
    """Expectation files whose script is gone."""
    found = []
    for suffix in SUFFIXES:
        for p in glob.glob(os.path.join(ROOT, LANG_DIR, "**", "*" + suffix), recursive=True):
            if not os.path.exists(p[:-len(suffix)] + ".py"):
                found.append(os.path.relpath(p, ROOT))
    return sorted(found)


def parallel(fn, items):
    """[fn] over [items] on every core, results in the order of [items]."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return list(pool.map(fn, items))


def regenerate(scripts, check):
    """Writes (or with [check], compares) the expectation files of
    [scripts]; returns the list of stale or missing files."""
    stale = []
    results = parallel(lambda rel: run_script(ORACLE, rel), scripts)
    for rel, (out, err, status) in zip(scripts, results):
        if status is None:
            print(f"TIMEOUT {rel}: takes over {TIMEOUT} s under {ORACLE}")
            stale.append(rel)
            continue
        for suffix, data in files_for(out, err, status).items():
            path = os.path.join(ROOT, rel[:-3] + suffix)
            old = open(path, "rb").read() if os.path.exists(path) else None
            if old == data:
                continue
            stale.append(rel[:-3] + suffix)
            if check:
                continue
            if data is None:
                os.remove(path)
                print("removed", rel[:-3] + suffix)
            else:
                with open(path, "wb") as f:
                    f.write(data)
                print("wrote", rel[:-3] + suffix)
    return stale


# `import sys` is the one import allowed: sys is built into Krait
IMPORT_RE = re.compile(rb"^\s*(import\s(?!sys\s*$)|from\s+\S+\s+import\s)", re.M)


def verify(scripts):
    """Scripts whose output varies between runs or with the hash seed, or
    that import anything; returns the number of problems."""
    problems = 0
    runs = parallel(lambda rel: [run_script(ORACLE, rel, seed) for seed in ("0", "0", "1")],
                    scripts)
    for rel, (a, b, c) in zip(scripts, runs):
        if IMPORT_RE.search(open(os.path.join(ROOT, rel), "rb").read()):
            print(f"IMPORTS {rel}: the corpus must use builtins only")
            problems += 1
        if a != b:
            print(f"NONDETERMINISTIC {rel}: two runs differ")
            problems += 1
        elif a != c:
            print(f"HASHSEED {rel}: output depends on PYTHONHASHSEED")
            problems += 1
    return problems


def main():
    if os.path.realpath(sys.executable) != os.path.realpath(ORACLE) and os.path.exists(ORACLE):
        os.execv(ORACLE, [ORACLE, os.path.abspath(__file__)] + sys.argv[1:])
    ap = argparse.ArgumentParser(description="Expected output of tests/lang from " + ORACLE)
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is stale")
    ap.add_argument("--verify", action="store_true",
                    help="report non-deterministic scripts and scripts that import")
    ap.add_argument("paths", nargs="*", help="scripts or folders (default: all of tests/lang)")
    args = ap.parse_args()
    check, do_verify, paths = args.check, args.verify, args.paths
    scripts = select(paths) if paths else all_scripts()
    if do_verify:
        problems = verify(scripts)
        print(f"{len(scripts)} scripts verified, {problems} problems")
        return 1 if problems else 0
    stale = regenerate(scripts, check)
    if not paths:
        for path in orphans():
            stale.append(path)
            if not check:
                os.remove(os.path.join(ROOT, path))
                print("removed orphan", path)
    if check:
        for path in stale:
            print("stale", path)
        print(f"{len(scripts)} scripts checked, {len(stale)} stale expectation files")
        return 1 if stale else 0
    print(f"{len(scripts)} scripts, {len(stale)} expectation files updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
