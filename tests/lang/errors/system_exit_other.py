# SystemExit with a non-int, non-None code: it is printed to stderr and the status is 1.
codes = [0, 1, 255, "text", None, [1, 2]]
for code in codes:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e.code))
print("exiting with a list as the code")
raise SystemExit([1, 2])
