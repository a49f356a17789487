# match: literal, value, or-patterns, as-captures, guards evaluation order, wildcard, and binding leftovers.
class Color:
    RED = "red"
    GREEN = "green"
def lit(v):
    match v:
        case 0 | 1 | 2:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case "a" "b":
            return "concat ab"
        case b"x":
            return "bytes x"
        case None:
            return "None"
        case True:
            return "True"
        case Color.RED:
            return "red value"
        case [Color.GREEN, *_]:
            return "starts green"
        case str() as s if len(s) > 3:
            return "long string " + s
        case _:
            return "fallback"
for v in [0, 2, 1.0, -1, 1.5, 2 + 3j, "ab", b"x", None, True, False, 1 == 1, "red", ["green", 1], "longer", "x", 3]:
    print(repr(v), lit(v))

def alt_capture(v):
    match v:
        case [x, 0] | [0, x]:
            return f"x={x}"
        case {"a": x} | {"b": x}:
            return f"mapped x={x}"
        case (int() | float()) as num:
            return f"num {num}"
        case ([a, b] | (a, b)) as whole:
            return f"pair {a} {b} whole {whole}"
    return "no"
for v in [[3, 0], [0, 4], [0, 0], {"b": 7}, {"a": 1, "b": 2}, 2.5, (1, 2), ["p", "q"], "s"]:
    print(alt_capture(v))

order = []
def guard(tag, result):
    order.append(tag)
    return result
match 5:
    case 1 if guard("g1", True):
        pass
    case int() if guard("g2", False):
        pass
    case x if guard("g3", x > 3):
        print("third case, x =", x)
print(order)

match 10:
    case n if n > 100:
        print("big")
    case n:
        print("capture always matches", n)
print("n after match:", n)
match [1, 2]:
    case [a, b] if a > b:
        print("descending")
    case _:
        print("guard failed but names bound:", a, b)

def raising_guard():
    match 1:
        case x if 1 / 0:
            return "unreachable"
try:
    raising_guard()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for src in ["match x:\n case a | b:\n  pass", "match x:\n case [a, a]:\n  pass",
            "match x:\n case _:\n  pass\n case 1:\n  pass", "match x:\n case a:\n  pass\n case 1:\n  pass",
            "match x:\n case [a] | [b]:\n  pass", "match x:\n case {**r, 'k': 1}:\n  pass", "match x:\n case 1 + 1:\n  pass"]:
    try:
        compile(src, "<m>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
match = "soft keyword as name"
case = 3
print(match, case)
match (1, 2):
    case (1, _) as t:
        print("as on sequence", t)
match "text":
    case ("a" | "text") as word:
        print("or inside as", word)
