# A JSON-like serializer written by hand: escapes, surrogate pairs, nesting, indentation, cycles and errors.
class EncodeError(TypeError):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def encode_str(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def encode(obj, indent=None, _level=0, _seen=None):
    seen = set() if _seen is None else _seen
    if obj is None:
        return "null"
    if obj is True or obj is False:
        return "true" if obj else "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float value: {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple, dict)):
        if id(obj) in seen:
            raise ValueError("circular reference detected")
        seen.add(id(obj))
        try:
            if isinstance(obj, dict):
                for k in obj:
                    if not isinstance(k, str):
                        raise EncodeError(f"keys must be str, not {type(k).__name__}")
                parts = [encode_str(k) + ": " + encode(v, indent, _level + 1, seen) for k, v in obj.items()]
                open_, close = "{", "}"
            else:
                parts = [encode(v, indent, _level + 1, seen) for v in obj]
                open_, close = "[", "]"
        finally:
            seen.discard(id(obj))
        if not parts:
            return open_ + close
        if indent is None:
            return open_ + ", ".join(parts) + close
        pad = " " * (indent * (_level + 1))
        return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * _level) + close
    raise EncodeError(f"Object of type {type(obj).__name__} is not serializable")

doc = {"name": "Krait", "version": [3, 11], "ok": True, "none": None, "pi": 3.14159,
       "nested": {"list": [1, [2, [3, []]], {}], "text": 'quote " back \\ tab\t nl\n'},
       "unicode": "caf\u00e9 \u2603 \U0001F600", "neg": -12, "exp": 1e-7, "big": 2**70}
print(encode(doc))
print(encode(doc["nested"], indent=2))
print(encode(("tuple", 1)), encode([]), encode({}), encode(""), encode(-0.0), encode([True, False, None]))
print(encode({"a": [1, {"b": []}]}, indent=4))
loop = [1, 2]
loop.append(loop)
for bad in (loop, {1: "x"}, {"s": {1, 2}}, float("nan"), float("-inf"), object()):
    try:
        print(encode(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, isinstance(e, EncodeError))
shared = [1]
print(encode([shared, shared, {"again": shared}]))
