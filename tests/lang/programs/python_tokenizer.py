# A tokenizer for a Python-like language: INDENT/DEDENT tracking, strings with escapes, numbers, operators, errors.
KEYWORDS = {"def", "return", "if", "else", "while", "for", "in", "pass"}
OPERATORS = sorted(["==", "!=", "<=", ">=", "**", "//", "->", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")",
                    "[", "]", ":", ",", "."], key=len, reverse=True)

class TokenizeError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
        self.line, self.col = line, col

def tokenize(src):
    tokens, indents = [], [0]
    for lineno, line in enumerate(src.splitlines(), 1):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        if "\t" in line[:len(line) - len(stripped)]:
            raise TokenizeError("tabs are not allowed in indentation", lineno, 1)
        width = len(line) - len(stripped)
        if width > indents[-1]:
            indents.append(width)
            tokens.append(("INDENT", width, lineno))
        while width < indents[-1]:
            indents.pop()
            tokens.append(("DEDENT", width, lineno))
        if width != indents[-1]:
            raise TokenizeError("unindent does not match any outer indentation level", lineno, width + 1)
        col = width
        while col < len(line):
            ch = line[col]
            if ch == " ":
                col += 1
            elif ch == "#":
                break
            elif ch.isdigit():
                end = col
                while end < len(line) and (line[end].isdigit() or line[end] in "._"):
                    end += 1
                text = line[col:end].replace("_", "")
                tokens.append(("NUMBER", float(text) if "." in text else int(text), lineno))
                col = end
            elif ch.isalpha() or ch == "_":
                end = col
                while end < len(line) and (line[end].isalnum() or line[end] == "_"):
                    end += 1
                word = line[col:end]
                tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word, lineno))
                col = end
            elif ch in "\"'":
                end, chars = col + 1, []
                while end < len(line) and line[end] != ch:
                    if line[end] == "\\" and end + 1 < len(line):
                        chars.append({"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"'}.get(line[end + 1], "\\" + line[end + 1]))
                        end += 2
                    else:
                        chars.append(line[end])
                        end += 1
                if end >= len(line):
                    raise TokenizeError("unterminated string literal", lineno, col + 1)
                tokens.append(("STRING", "".join(chars), lineno))
                col = end + 1
            else:
                for op in OPERATORS:
                    if line.startswith(op, col):
                        tokens.append(("OP", op, lineno))
                        col += len(op)
                        break
                else:
                    raise TokenizeError(f"invalid character {ch!r}", lineno, col + 1)
        tokens.append(("NEWLINE", None, lineno))
    while len(indents) > 1:
        indents.pop()
        tokens.append(("DEDENT", 0, "eof"))
    tokens.append(("ENDMARKER", None, "eof"))
    return tokens

SOURCE = '''
def fib(n) -> int:
    # comment line
    if n <= 1:
        return n
    else:
        return fib(n - 1) + fib(n - 2)

greeting = "hi\\tthere \\"you\\""
for i in [1, 2_000, 3.5]:
    pass  # trailing
x = a.b ** 2 // 3 != 4
'''
toks = tokenize(SOURCE)
for kind, value, line in toks:
    if kind in ("NEWLINE",):
        continue
    print(f"{str(line):>3} {kind:<9} {value!r}")
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
for bad in ("x = 'open", "if x:\n        a\n    b", "a = 1 $ 2", "if x:\n\ty = 1", "s = 'esc\\q'"):
    try:
        print([t[1] for t in tokenize(bad)])
    except TokenizeError as e:
        print(type(e).__name__, e, (e.line, e.col))
