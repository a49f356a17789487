# SystemExit with codes outside 0..255: the process status is the code modulo 256.
for code in (256, 257, -1, True):
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print("would exit with", repr(e.code))
print("exiting with 258")
raise SystemExit(258)
