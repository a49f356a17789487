def f(cmds):
    for c in cmds:
        match c.split():
            case [action]:
                yield action
            case [action, obj]:
                yield action, obj
            case ['go', ('north' | 'south') as d]:
                yield d
