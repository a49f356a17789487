#!/usr/bin/python3.11
# Expected outputs for the parser corpus, produced by CPython 3.11 (the oracle); run from anywhere.
# tests/syntax/NAME.py (invalid) -> NAME.err: what `krait --dump-ast --error-details` prints to stderr, i.e.
#   traceback.format_exception_only(e) for ast.parse's exception, then "positions: LINENO OFFSET END_LINENO END_OFFSET".
# tests/syntax/PEP701_ACCEPTS.txt: names invalid in 3.11 but valid PEP 701 f-strings for Krait; they get no .err.
# tests/ast/NAME.py (valid) -> NAME.ast: print(ast.dump(ast.parse(src), include_attributes=True)) output.
"""Usage: /usr/bin/python3.11 tools/gen_expected.py [--check] [NAME_OR_PATH ...]

Without names, regenerates every expected file (and removes .err/.ast files
whose snippet is gone or is listed in PEP701_ACCEPTS.txt); with names (stems
such as `missing_colon_if`, or paths to the .py files), only those.  --check
writes nothing and exits 1 if any expected file differs from what 3.11 says.
A snippet in tests/syntax/ that parses, or one in tests/ast/ that does not,
is reported as an error: the corpus itself is then wrong.

The oracle is Debian's /usr/bin/python3.11 (3.11.2).  Other 3.11 builds (e.g.
a pyenv 3.11.7 earlier on PATH) word some errors differently: null bytes are a
SyntaxError there but a ValueError here, and a few error positions moved.  So
when started by any other interpreter this script re-runs itself under it."""
import ast
import os
import sys
import traceback
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYNTAX_DIR = "tests/syntax"
AST_DIR = "tests/ast"
PEP701_LIST = os.path.join(SYNTAX_DIR, "PEP701_ACCEPTS.txt")
# CPython's default; fixed here so PYTHONINTMAXSTRDIGITS cannot change the
# "Exceeds the limit (4300 digits)" snippets or the dumps of big literals.
INT_MAX_STR_DIGITS = 4300
ORACLE = "/usr/bin/python3.11"


class CorpusError(Exception):
    """A snippet that does not behave as its directory says it must."""


def read_pep701_names():
    """Stems listed in PEP701_ACCEPTS.txt (one per line; blank lines ignored)."""
    if not os.path.exists(PEP701_LIST):
        return set()
    with open(PEP701_LIST, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def format_positions(exc):
    """The SyntaxError location attributes as one line; None stays None."""
    values = (exc.lineno, exc.offset, exc.end_lineno, exc.end_offset)
    return "positions: " + " ".join(str(v) for v in values) + "\n"


def expected_err(path):
    """Text Krait must print to stderr for an invalid snippet."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        ast.parse(source, path)
    except Exception as exc:  # SyntaxError and subclasses, ValueError, ...
        text = "".join(traceback.format_exception_only(exc))
        if isinstance(exc, SyntaxError):
            text += format_positions(exc)
        return text
    raise CorpusError(f"{path}: parses without error under Python 3.11")


def expected_ast(path):
    """Text `krait --dump-ast` must print to stdout for a valid snippet."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source)
    except Exception as exc:
        raise CorpusError(f"{path}: does not parse under Python 3.11: {exc!r}") from exc
    return ast.dump(tree, include_attributes=True) + "\n"


def snippet_stems(directory):
    return sorted(name[:-3] for name in os.listdir(directory) if name.endswith(".py"))


def plan(selected):
    """(snippet path, expected path, producer) for every file to (re)generate."""
    skip = read_pep701_names()
    jobs = []
    for directory, suffix, producer in ((SYNTAX_DIR, ".err", expected_err),
                                        (AST_DIR, ".ast", expected_ast)):
        for stem in snippet_stems(directory):
            if directory == SYNTAX_DIR and stem in skip:
                continue
            if selected is not None and stem not in selected:
                continue
            base = os.path.join(directory, stem)
            jobs.append((base + ".py", base + suffix, producer))
    return jobs


def orphans():
    """Expected files with no snippet behind them, or for PEP 701 names."""
    skip = read_pep701_names()
    stale = []
    for directory, suffix in ((SYNTAX_DIR, ".err"), (AST_DIR, ".ast")):
        for name in sorted(os.listdir(directory)):
            if not name.endswith(suffix):
                continue
            stem = name[: -len(suffix)]
            gone = not os.path.exists(os.path.join(directory, stem + ".py"))
            if gone or (directory == SYNTAX_DIR and stem in skip):
                stale.append(os.path.join(directory, name))
    return stale


def write_text(path, text):
    # Bytes as Python's stderr/stdout would emit them: UTF-8, "\n" kept as is;
    # backslashreplace guards against lone surrogates in error text.
    with open(path, "wb") as f:
        f.write(text.encode("utf-8", "backslashreplace"))


def read_text(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "surrogateescape")


def selected_stems(args):
    """Map command-line names or paths to snippet stems (None: everything)."""
    if not args:
        return None
    stems = set()
    for arg in args:
        name = os.path.basename(arg)
        for suffix in (".py", ".err", ".ast"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        stems.add(name)
    return stems


def ensure_oracle(argv):
    """Re-execute under ORACLE when running on some other interpreter."""
    if not os.path.exists(ORACLE):
        print(f"warning: {ORACLE} not found; using {sys.executable} "
              f"({sys.version.split()[0]}), results may differ", file=sys.stderr)
        return
    if os.path.realpath(sys.executable) != os.path.realpath(ORACLE):
        os.execv(ORACLE, [ORACLE, os.path.abspath(__file__)] + argv)


def main(argv):
    ensure_oracle(argv)
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_expected.py must run under Python 3.11 (the oracle), not %s"
                 % sys.version.split()[0])
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    os.chdir(ROOT)  # paths inside the .err files are relative to the repo root
    sys.set_int_max_str_digits(INT_MAX_STR_DIGITS)
    warnings.simplefilter("ignore")  # SyntaxWarnings would only clutter stderr

    selected = selected_stems(args)
    jobs = plan(selected)
    if selected is not None:
        found = {os.path.basename(py)[:-3] for py, _, _ in jobs}
        unknown = sorted(selected - found)
        if unknown:
            sys.exit("unknown or PEP 701-listed snippet(s): " + " ".join(unknown))

    errors, changed = [], []
    for py, out, producer in jobs:
        try:
            text = producer(py)
        except CorpusError as exc:
            errors.append(str(exc))
            continue
        if read_text(out) != text:
            changed.append(out)
            if not check:
                write_text(out, text)
    stale = orphans() if selected is None else []
    if not check:
        for path in stale:
            os.remove(path)

    for msg in errors:
        print("error:", msg, file=sys.stderr)
    if check:
        for path in changed + stale:
            print("out of date:", path, file=sys.stderr)
        if changed or stale or errors:
            sys.exit(1)
        print(f"{len(jobs)} expected files up to date")
        return
    print(f"{len(jobs)} snippets, {len(changed)} expected files written, "
          f"{len(stale)} stale removed")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
