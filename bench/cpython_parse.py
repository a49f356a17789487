"""CPython's side of the parse benchmark: compile(src, path, 'exec',
ast.PyCF_ONLY_AST) for every file named on the command line (files CPython
rejects are skipped, as Krait reports and skips them)."""
import ast
import sys
import warnings

warnings.simplefilter("ignore")
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        src = f.read()
    try:
        compile(src, path, "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError):
        pass
