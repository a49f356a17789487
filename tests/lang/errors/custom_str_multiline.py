# Uncaught custom exception with a multi-line __str__ and one with an empty message.
class Report(Exception):
    def __init__(self, problems):
        super().__init__(problems)
        self.problems = problems
    def __str__(self):
        return "found problems:\n" + "\n".join(f"  - {p}" for p in self.problems)
try:
    raise ValueError()
except ValueError as e:
    print("empty message str:", repr(str(e)))
print("raising report")
raise Report(["missing title", "date in the future"])
