# SystemExit with an integer code: no traceback, the exit status is the code.
def main(args):
    if not args:
        print("usage: main ARGS")
        return 3
    return 0
status = main([])
print("exiting with", status)
try:
    raise SystemExit(99)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
raise SystemExit(status)
