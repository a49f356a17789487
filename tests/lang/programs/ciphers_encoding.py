# Classic ciphers and encodings by hand: Caesar, Vigenère, base64, run-length, hex dumps and checksums.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

msg = "Attack at Dawn! Zebra-42."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, caesar(msg, 26) == msg, caesar("xyz", 29))

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
v = vigenere("Attack at dawn", "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.append("".join(chars[:len(chunk) + 1]) + "=" * (3 - len(chunk)))
    return "".join(out)

def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(f"{ALPHABET.index(c):06b}" for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))

for raw in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo ☃".encode(), bytes(range(250, 256))):
    e = b64encode(raw)
    print(f"{raw!r:32} {e:16} {b64decode(e) == raw}")
try:
    b64decode("ab$=")
except ValueError as e:
    print(type(e).__name__, e)

def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)
for s in ("aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"):
    print(repr(s), rle(s), unrle(rle(s)) == s)

def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{off:04x}  {hexpart:<{width * 3}} |{text}|")
hexdump(b"Hello,\x00World\n\xff\xfe binary\x7f!")

def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 & -(crc & 1))
    return crc ^ 0xFFFFFFFF
for d in (b"", b"a", b"Wikipedia", b"The quick brown fox jumps over the lazy dog"):
    print(f"{d[:12]!r:16} adler={adler32(d):08x} crc={crc32(d):08x}")
def luhn_valid(number):
    digits = [int(c) for c in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0
print([luhn_valid(n) for n in (79927398713, 79927398710, 4111111111111111, 1234567812345678)])
