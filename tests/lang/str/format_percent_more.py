# printf-style str % args: flags, widths, '*', mapping keys and the errors.
def show(fmt, args):
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

for fmt in ["%d", "%5d|", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%#X", "%#o", "%.3d",
            "%+08.3d", "%e", "%.2E", "%f", "%#.0f", "%g", "%#g", "%G", "%10.4f|", "%-10.1e|",
            "%s", "%r", "%a", "%c", "%i", "%u", "%5%", "%y"]:
    for value in [42, -3.75]:
        show(fmt, value)
show("%s and %s", ("a", "b"))
show("%(x)s-%(y)05.1f", {"x": "é", "y": 2.25})
show("%*d|%-*d|", (4, 1, 4, 2))
show("%.*f", (3, 3.14159))
show("%c%c", ("€", 0x1F600))
show("%s", [])
show("", [1])
show("%s %s", (1,))
show("%s", (1, 2))
show("%d", "x")
show("%x", 2.5)
show("%c", "ab")
show("%c", 0x110000)
show("%(a)s", 5)
show("%(a", {"a": 1})
show("%*d", ("4", 1))
show("abc %", ())
show("%ld %Lf", (1, 2.0))
show("%s", None)
