# A tokenizer and recursive-descent calculator with precedence, unary minus, power, variables and errors.
class CalcError(Exception):
    pass
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(("NUM", float(num) if "." in num else int(num)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("NAME", text[i:j]))
            i = j
        elif text.startswith("**", i):
            tokens.append(("OP", "**")); i += 2
        elif ch in "+-*/%()=":
            tokens.append(("OP", ch)); i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    tokens.append(("EOF", None))
    return tokens
class Parser:
    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise CalcError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek()[0] == "NAME" and self.tokens[self.pos + 1] == ("OP", "="):
            name = self.take("NAME")[1]
            self.take("OP", "=")
            value = self.expr()
            self.env[name] = value
        else:
            value = self.expr()
        self.take("EOF")
        return value
    def expr(self):
        value = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.unary()
        while self.peek()[0] == "OP" and self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                if rhs == 0:
                    raise CalcError("division by zero")
                value = value / rhs if isinstance(value, float) or value % rhs else value // rhs
            else:
                value %= rhs
        return value
    def unary(self):
        if self.peek() == ("OP", "-"):
            self.take()
            return -self.unary()
        if self.peek() == ("OP", "+"):
            self.take()
            return +self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("OP", "**"):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        kind, value = self.peek()
        if kind == "NUM":
            self.take()
            return value
        if kind == "NAME":
            self.take()
            try:
                return self.env[value]
            except KeyError:
                raise CalcError(f"unknown variable {value}") from None
        if (kind, value) == ("OP", "("):
            self.take()
            inner = self.expr()
            self.take("OP", ")")
            return inner
        raise CalcError(f"unexpected token {value!r}")
env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 / 2", "8 / 2", "17 % 5",
         "x = 4", "y = x * x - 1", "y / 3", "pi * 2", "--3", "2 * (3 + 4) * 5 - 1",
         "1 / 0", "3 +", "a + 1", "4 $ 4", "(1 + 2", "2 ** -1", "100000000000 * 100000000000"]
for line in lines:
    try:
        print(f"{line:<28} => {Parser(line, env).statement()!r}")
    except CalcError as e:
        print(f"{line:<28} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
print(tokenize("a1 = (b_2**3)")[:-1])
