# Builtin exception attributes: args, OSError errno/strerror/filename, SyntaxError fields,
# UnicodeError details, StopIteration.value, SystemExit.code, KeyError str quoting.
e = Exception("a", 2)
print(e.args, type(e.args).__name__)
e.args = ["replaced"]
print(e.args, str(e))
o = OSError(2, "No such file", "missing.txt")
print(o.errno, o.strerror, o.filename, str(o), type(o).__name__, o.args)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__)
print(OSError("just a message").errno, str(OSError(1, "two", "three", None, "four")))
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))
try:
    compile("x = (1,", "file.py", "exec")
except SyntaxError as s:
    print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
se = SyntaxError("msg", ("f.py", 3, 5, "bad line\n", 3, 8))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
try:
    "é".encode("ascii")
except UnicodeEncodeError as u:
    print(u.encoding, u.object, u.start, u.end, u.reason)
st = StopIteration(5)
print(st.value, st.args, StopIteration().value)
print(SystemExit().code, SystemExit(3).code, SystemExit("msg").code, SystemExit(1, 2).code)
print(KeyError("key").args, str(KeyError("key")), str(KeyError(1)), str(KeyError("")))
ne = NameError("name 'x' is not defined", name="x")
print(ne.name, str(ne))
ae = AttributeError("msg", name="attr", obj=None)
print(ae.name, ae.obj)
try:
    undefined_variable
except NameError as err:
    print(err.name, err.args)
try:
    (1).nope
except AttributeError as err:
    print(err.name, err.obj, err.args)
ie = ImportError("no module", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
print(repr(ValueError()), repr(ValueError("")), repr(ValueError("x", 1)), str(ValueError(None)))
print(BaseException("b").with_traceback(None).args, ArithmeticError.__mro__[1].__name__)
print(type(ZeroDivisionError().__traceback__).__name__, ZeroDivisionError().__traceback__)
try:
    1 / 0
except ZeroDivisionError as z:
    tb = z.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
