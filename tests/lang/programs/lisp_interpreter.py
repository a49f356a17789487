# A tiny Lisp interpreter: reader, environments with closures, special forms, recursion and error handling.
class LispError(Exception):
    pass
class Symbol(str):
    pass
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)
class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError(f"unbound symbol: {name}")
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"
def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
                "*": lambda a, b: a * b, "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
                "<": lambda a, b: a < b, "=": lambda a, b: a == b, ">": lambda a, b: a > b,
                "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l,
                "list": lambda *a: list(a), "null?": lambda l: l == [], "length": len,
                "#t": True, "#f": False})
    return env
def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("cannot evaluate ()")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, then, alt = args
            x = then if evaluate(test, env) is not False else alt
            continue
        if op in ("define", "set!"):
            name, expr = args
            (env if op == "define" else env.find(name))[name] = evaluate(expr, env)
            return None
        if op == "lambda":
            params, body = args
            return Lambda(params, body, env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        fn = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(fn, Lambda):
            if len(vals) != len(fn.params):
                raise LispError(f"expected {len(fn.params)} args, got {len(vals)}")
            x, env = fn.body, Env(fn.params, vals, fn.env)
            continue
        if not callable(fn):
            raise LispError(f"not a procedure: {fn!r}")
        return fn(*vals)
def to_str(v):
    if isinstance(v, bool):
        return "#t" if v else "#f"
    return "(" + " ".join(map(to_str, v)) + ")" if isinstance(v, list) else str(v)
env = standard_env()
program = [
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
    "(fact 20)", "(fact 30)",
    "(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
    "(count 5000 0)",
    "(define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))",
    "(define c1 (make-counter))", "(c1)", "(c1)", "((make-counter))",
    "(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))",
    "(map (lambda (x) (* x x)) '(1 2 3 4))", "(length (list 1 2 3))", "'(a (b c) 1.5)",
    "(/ 7 2)", "(/ 7.0 2)", "(- 5)", "(+)", "(if #f 1 2)", "fact",
    "(undefined 1)", "(fact 1 2)", "(1 2)", "(car '())", "(/ 1 0)", "(+ 1", ")", "()",
]
for line in program:
    try:
        result = evaluate(read(tokenize(line)), env)
        if result is not None:
            print(f"{line[:40]:<42}=> {to_str(result)}")
    except LispError as e:
        print(f"{line[:40]:<42}!! LispError: {e}")
    except (IndexError, ZeroDivisionError, TypeError) as e:
        print(f"{line[:40]:<42}!! {type(e).__name__}: {e}")
