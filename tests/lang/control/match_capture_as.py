# match: capture patterns, as-patterns, value patterns (dotted names), binding rules after failure.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Consts:
    class Nested:
        ANSWER = 42
def color_name(c):
    match c:
        case Color.RED:
            return "matched RED constant"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Consts.Nested.ANSWER:
            return "the answer"
        case other:
            return f"captured {other!r}"
print([color_name(c) for c in ["red", "blue", 42, "purple"]])
def as_patterns(v):
    match v:
        case [1, 2] as pair:
            return f"pair {pair}"
        case (int() | float()) as number:
            return f"number {number}"
        case [(a, b) as first, *rest] as whole:
            return f"first {first}, a={a}, whole has {len(whole)}"
        case {"k": str() as s} as m:
            return f"s={s} m={m}"
    return "nothing"
print([as_patterns(v) for v in ([1, 2], 3, 4.5, [(1, 2), 3], {"k": "v"}, "x")])
def binding_after_failed_case(v):
    x = "untouched"
    match v:
        case [x, 0]:
            return f"matched with x={x}"
        case _:
            return f"no match, x is now {x!r}"
print(binding_after_failed_case([1, 0]), binding_after_failed_case([5, 1]))
def wildcard_binds_nothing(v):
    match v:
        case [_, _, *_]:
            return "two or more"
    return "fewer"
print(wildcard_binds_nothing([1, 2]), wildcard_binds_nothing([1]))
for src in [
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _ as _:\n        pass\n",
    "match x:\n    case (a | [a, b]):\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case 1 + 1:\n        pass\n",
]:
    try:
        compile(src, "<match>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
match = "match is a soft keyword"
case = "so is case"
print(match, case)
def soft(match):
    return match
print(soft(match=1), [match for match in range(2)])
v = 3
match v:
    case 1 | 2 | 3 as small:
        print("small", small)
subject_calls = []
def subject():
    subject_calls.append(1)
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2]:
        pass
print("subject evaluated once:", len(subject_calls))
match (1, 2):
    case a, b:
        print("open tuple pattern", a, b)
match 1, 2:
    case (1, *r):
        print("tuple subject", r)
