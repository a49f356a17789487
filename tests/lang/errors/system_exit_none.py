# SystemExit with no code (None) and SystemExit(0): exit status 0, nothing on stderr.
print("before exit")
try:
    raise SystemExit(0)
except SystemExit as e:
    print("code 0 caught:", e.code)
def finish():
    try:
        raise SystemExit
    finally:
        print("finally blocks run before exiting")
finish()
print("never printed")
