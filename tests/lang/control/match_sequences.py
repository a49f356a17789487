# match: sequence patterns with fixed length, star captures, nesting; what counts as a sequence.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) < 2:
            return f"short: {first} {middle} {last}"
        case [first, *_, last]:
            return f"long from {first} to {last}"
for s in [[], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], range(3), range(10)]:
    print(repr(s), "->", shape(s))
for s in ["ab", b"ab", bytearray(b"ab"), {1: 2, 3: 4}, {1, 2}, iter([1, 2])]:
    print(type(s).__name__, "->", shape(s))
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return f"2x2 {a}{b}{c}{d}"
        case [(x, y), *rest]:
            return f"pair {x},{y} then {len(rest)} more"
        case [*_, [*inner]]:
            return f"ends with a list of {len(inner)}"
    return "no match"
print(nested([[1, 2], [3, 4]]), nested([(1, 2), 3, 4]), nested([0, [1, 2, 3]]), nested([1]))
def star_positions(v):
    match v:
        case [*head, 0]:
            return f"ends in zero after {head}"
        case [0, *tail]:
            return f"starts with zero, tail {tail}"
        case [a, *mid, b, c]:
            return f"a={a} mid={mid} b={b} c={c}"
    return "none"
print(star_positions([1, 2, 0]), star_positions([0, 5]), star_positions([1, 2, 3, 4, 5]), star_positions([1]))
def captured_type(v):
    match v:
        case (a, *rest):
            return type(rest).__name__, rest
print(captured_type((1, 2, 3)), captured_type([1]), captured_type(range(4)))
def mixed_literals(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return f"unknown: {cmd!r}"
for c in ["go north", "go", "go a b", "pick up lamp", "take key", "quit", "exit", "dance"]:
    print(c, "->", mixed_literals(c))
class MySeq(list):
    pass
print(shape(MySeq([7, 8])))
match [1, 2, 3]:
    case [1, 2]:
        print("never: length differs")
    case [1, 2, 3, *more]:
        print("star can be empty:", more)
