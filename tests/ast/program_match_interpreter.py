def evaluate(node, env):
    match node:
        case int(n) | float(n):
            return n
        case str(name):
            return env[name]
        case ('+', left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ('*', left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ('let', str(name), value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case {'op': op, 'args': [*args]} if op in OPS:
            return OPS[op](*(evaluate(a, env) for a in args))
        case _:
            raise ValueError(f'bad node: {node!r}')
