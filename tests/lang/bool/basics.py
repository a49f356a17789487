# bool: a subclass of int with two instances; arithmetic gives ints, logic gives bools.
print(True, False, repr(True), str(False), type(True).__name__, bool.__base__.__name__)
print(True + True, True - False, True * 5, True / 2, True // 2, -True, ~True, ~False, +True)
print(True & True, True & False, True | False, True ^ True, False ^ False)
print(type(True & False).__name__, type(True | 1).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True == 1.0, hash(True), hash(False))
print(isinstance(True, int), issubclass(bool, int), bool(), bool(0), bool(1), bool(-1))
print(bool(""), bool("0"), bool([]), bool([0]), bool({}), bool(()), bool(None), bool(0.0))
print(bool(range(0)), bool(range(1)), bool(0j), bool(b""), bool(bytearray(1)), bool(set()))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length())
print(True.conjugate(), type(True.conjugate()).__name__, True.as_integer_ratio())
print(int(True), float(True), complex(True), str(True), format(True, "d"), format(True, "^7"))
print(f"{True}", f"{True:>6}", f"{False!r}", "%d %s %r" % (True, True, False))
print(sum([True, True, False, True]), max(True, False), sorted([True, False, True]))
print([1, 2, 3][True], "ab"[False], {True: "yes"}.get(1), {1: "one"}[True])
print(True << 4, True >> 1, True ** 10, divmod(True, True), pow(True, -1))
try:
    bool.__new__(bool, 1) is True and print("new gives the singleton")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool("False"), bool(" "), not "", not 0, not not 5)
print(True and 3, False and 3, True or 3, 0 or "", "" or 0, None or False, [] and {})
print(bool.__or__(True, False), bool.__and__(True, 1), bool.__xor__(False, True))
print(True.__or__(1), True.__and__(2), (False).__rxor__(True))
print(type(True.__or__(1)).__name__)
print(True is (1 == 1), False is (1 == 2), (not 1) is False)
print(bool is type(True), isinstance(bool, type))
try:
    True + None
except TypeError as e:
    print(type(e).__name__, e)
print(1 if True else 0, [x for x in [0, 1, 2, "", "a"] if x])
print(True == True == 1, True != 2, True < 2, False < True, -1 < False)
print(bool.__name__, bool(2**100), bool(-0.0), bool(float("nan")))
