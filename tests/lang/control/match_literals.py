# match: literal patterns (numbers, strings, None/True/False), or-patterns, wildcard, guards.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case -1 + 2j:
            return "complex literal"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case "":
            return "empty string"
        case _:
            return "other"
for v in [0, 1, 3, -1, 1.5, 2j, -1 + 2j, "hello", "hi", b"bytes", None, True, False, "", 99, 0.0, 1.0, "HELLO"]:
    print(repr(v), "->", describe(v))
def guarded(n):
    match n:
        case int() if n < 0:
            return "negative int"
        case int() if n % 2 == 0:
            return "even int"
        case int():
            return "odd int"
        case x if x is None:
            return "none via guard"
        case _ if isinstance(n, str):
            return "string"
    return "fell through"
print([guarded(v) for v in (-3, 4, 7, None, "s", 2.5)])
def equality_not_identity(v):
    match v:
        case 256:
            return "matched 256 by =="
        case "long string literal that is compared by equality":
            return "matched long string"
print(equality_not_identity(255 + 1), equality_not_identity("long string literal " + "that is compared by equality"))
def true_vs_one(v):
    match v:
        case True:
            return "True (identity)"
        case 1:
            return "1 (equality)"
print(true_vs_one(1), true_vs_one(True), true_vs_one(1.0))
def none_identity(v):
    match v:
        case None:
            return "is None"
    return "not None"
class EqNone:
    def __eq__(self, other):
        return True
print(none_identity(None), none_identity(EqNone()), none_identity(0))
guard_log = []
def logged_guard(v):
    match v:
        case 1 | 2 if guard_log.append(v) or v == 2:
            return "guard passed"
        case _:
            return "guard failed"
print(logged_guard(1), logged_guard(2), logged_guard(3), guard_log)
match 5:
    case 4:
        print("never")
print("no case matched, no error")
