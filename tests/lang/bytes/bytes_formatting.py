# printf-style formatting for bytes: %b/%s need bytes-like, %a gives ascii(), numeric codes, errors.
print(b"%s|%b" % (b"bytes", bytearray(b"ba")), b"%s" % memoryview(b"mv"))
print(b"%d %i %u %x %X %o %e %f %g" % (42, -1, 7, 255, 255, 8, 1.5, 2.25, 1e-5))
print(b"%5d|%-5d|%05d|%+d" % (3, 3, 3, 3), b"%.2f|%10.3e" % (3.14159, 1234.5))
print(b"%c|%c" % (65, b"B"), b"%%|%a|%r" % ("ü", "x"))
print(b"%(k)s-%(n)d" % {b"k": b"key", b"n": 7})
for fmt, args in [(b"%s", ("str",)), (b"%b", (1,)), (b"%c", ("ab",)), (b"%c", (256,)), (b"%d", (b"1",)),
                  (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", (1,)), (b"%(k)s", ({"k": b"v"},))]:
    try:
        print(fmt, fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(fmt, type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
print(b"%b" % WithBytes(), b"%s" % WithBytes())
print(bytearray(b"%s!") % b"ba", type(bytearray(b"%s") % b"x").__name__)
print(b"%.3s" % b"abcdef", b"%5.1s|" % b"xyz", b"%*d" % (4, 1))
print(b"%x" % -255, b"%#x %#o" % (255, 8), b"%d" % True, b"%f" % 1)
print(b"no format" % (), b"%%" % ())
try:
    b"%s" % ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc" % 1
except TypeError as e:
    print(type(e).__name__, e)
rows = [(b"apple", 3, 1.5), (b"kiwi", 12, 0.25)]
for name, qty, price in rows:
    print(b"%-8s %4d %6.2f" % (name, qty, price))
print(b"%s" % b"", b"%5s" % b"", b"[%s]" % b"\x00")
