# A naked exception re-raised with a bare raise from except* leaves as a group without traceback of its own.
def parse(text):
    return int(text)
try:
    parse("not a number")
except* ValueError:
    print("seen, re-raising")
    raise
