#!/usr/bin/env python3
"""Regenerates every committed *.gen.* file, or with --check verifies that the
committed ones are what the generators produce now (run by `make test`).
Each entry: output path, generator command (run from the repository root;
the generator writes the file's text to stdout)."""
import os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = sys.executable
GENERATED = [
    ("src/parser/tokens.gen.h", [PY, "tools/gen_tokens.py", "grammar/tokens.def"]),
    ("src/parser/parser.gen.c", [PY, "tools/gen_parser.py", "grammar/python.gram",
                                 "grammar/tokens.def"]),
    ("src/parser/ast.gen.h", [PY, "tools/gen_ast.py", "h", "grammar/krait.asdl"]),
    ("src/parser/ast.gen.c", [PY, "tools/gen_ast.py", "c", "grammar/krait.asdl"]),
    ("src/base/unicode_db.gen.h", [PY, "tools/gen_unicode.py", "--header"]),
    ("src/base/unicode_db.gen.c", [PY, "tools/gen_unicode.py"]),
    ("src/parser/source_codecs.gen.h", [PY, "tools/gen_codecs.py"]),
    ("src/base/dtoa_pow5.gen.c", [PY, "tools/gen_dtoa_tables.py"]),
    ("src/vm/cases.gen.h", [PY, "tools/gen_cases.py", "src/vm/bytecodes.def",
                            "src/compiler/unit.h"]),
]

def optional(entries):
    """Generators not yet present are skipped, so partial trees still build."""
    return [(out, cmd) for out, cmd in entries if os.path.exists(os.path.join(ROOT, cmd[1]))]

def main():
    check = "--check" in sys.argv
    stale = []
    for out, cmd in optional(GENERATED):
        text = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
        path = os.path.join(ROOT, out)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        if check:
            stale.append(out)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print("regenerated", out)
    if stale:
        print("stale generated files (run `make regen`):", " ".join(stale))
        sys.exit(1)

if __name__ == "__main__":
    main()
