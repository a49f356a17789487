match x:
    case {Color.RED: a, -1: b, 1 + 2j: c, 'k' 'j': d, b'x': e, True: f}:
        pass
