match x:
    case -0:
        pass
    case 0x10 | 0o7 | 0b1:
        pass
    case 1_000 + 0j:
        pass
    case -1.5e3 - 2.5j:
        pass
    case r'raw' 'mix' u'x':
        pass
    case b'a' rb'b':
        pass
    case {0: -1, 'k': 2j, None: None}:
        pass
