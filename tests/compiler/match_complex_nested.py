match x:
    case {"type": "add", "args": [Num(l), Num(r)]}:
        f(l + r)
    case {"type": "neg", "arg": Num(v) | Lit(v)}:
        g(-v)
