# Uncaught exception raised while handling another: both tracebacks, joined by
# "During handling of the above exception, another exception occurred:".
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return table["default"]
table = {"a": 1, "default": 0}
print(lookup(table, "a"), lookup(table, "zz"))
del table["default"]
print("without a default now")
lookup(table, "zz")
