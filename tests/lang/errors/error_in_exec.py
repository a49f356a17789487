# Uncaught exception inside exec() of multi-line code that defines and calls a function.
source = """
def helper(n):
    return 10 // n

results = [helper(n) for n in (5, 2, 0)]
"""
print("running source of", source.count("\n"), "lines")
exec(source, {})
