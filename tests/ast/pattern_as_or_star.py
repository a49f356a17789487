match x:
    case [1, 2] as pair:
        pass
    case (1 | 2 | 3) as small:
        pass
    case {'k': (str() | bytes()) as v}:
        pass
    case [*rest] if rest:
        pass
    case name if name > 3:
        pass
    case _:
        pass
