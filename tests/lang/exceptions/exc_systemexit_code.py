# SystemExit.code: None, the lone argument, or the whole args tuple.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
print(SystemExit().code, SystemExit(3).code, SystemExit("msg").code, SystemExit(1, 2).code)
print(repr(str(SystemExit())), str(SystemExit(2)), str(SystemExit(1, 2)), repr(SystemExit(0)))
e = SystemExit(5)
e.code = 7
print(e.code, e.args)
try:
    raise SystemExit(9)
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
t("kw", lambda: SystemExit(code=1))
class Quit(SystemExit):
    pass
print(Quit(4).code, repr(Quit(4)))
