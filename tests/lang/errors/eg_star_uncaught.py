# except* clauses that raise, with a leftover: the combined group printed with each part's chain.
def work():
    raise ExceptionGroup("work failed", [ValueError("v"), TypeError("t"), OSError("o")])
try:
    work()
except* ValueError as g:
    raise KeyError("replacement for " + repr(g.exceptions[0]))
except* TypeError:
    raise
