# A hand-written JSON-like parser: nested values, escapes and surrogate pairs, numbers, literals, error positions.
def decode(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise ValueError("unexpected end of input")
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = value()
                skip()
                if text[pos] != ":":
                    raise ValueError(f"expected ':' at {pos}")
                pos += 1
                result[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return result
                else:
                    raise ValueError(f"expected ',' or '}}' at {pos}")
        if ch == "[":
            pos += 1
            items = []
            skip()
            if text[pos] == "]":
                pos += 1
                return items
            while True:
                items.append(value())
                skip()
                ch = text[pos]
                pos += 1
                if ch == "]":
                    return items
                if ch != ",":
                    raise ValueError(f"expected ',' or ']' at {pos - 1}")
        if ch == '"':
            end = pos + 1
            chunks = []
            while text[end] != '"':
                if text[end] == "\\":
                    esc = text[end + 1]
                    if esc == "u":
                        code = int(text[end + 2:end + 6], 16)
                        end += 6
                        if 0xD800 <= code < 0xDC00 and text.startswith("\\u", end):
                            low = int(text[end + 2:end + 6], 16)
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            end += 6
                        chunks.append(chr(code))
                        continue
                    chunks.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(esc, esc))
                    end += 2
                else:
                    chunks.append(text[end])
                    end += 1
            pos = end + 1
            return "".join(chunks)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ValueError(f"unexpected character {ch!r} at {pos}")
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    skip()
    if pos != len(text):
        raise ValueError(f"extra data at {pos}")
    return result

text = '{"name": "Krait", "version": [3, 11], "ok": true, "none": null, "pi": 3.14159, "exp": 1e-07, "neg": -12,\
 "nested": {"list": [1, [2, [3, []]], {}], "text": "quote \\" back \\\\ tab\\t nl\\n"}, "unicode": "caf\\u00e9 \\ud83d\\ude00"}'
value = decode(text)
print(value)
print(sorted(value), value["unicode"], len(value["unicode"]), value["nested"]["text"])
print(decode(' [ 1 , 2.5 , "x" , null , true , { "a" : [ ] } ] '), decode("-0"), decode("1E3"), decode('"\\u0041\\t"'))
for bad in ("[1, 2", "[1 2]", '{"a" 1}', "tru", "[1],", "", '{"a": 1 "b": 2}', "@"):
    try:
        print(decode(bad))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
