# except* handles part of a group; the unhandled rest propagates and is printed as a smaller group.
def work():
    raise ExceptionGroup("batch failed", [ValueError("bad value"), OSError("disk full"), ValueError("worse value")])
try:
    work()
except* ValueError as handled:
    print("handled", len(handled.exceptions), "value errors")
except* KeyError:
    print("never")
