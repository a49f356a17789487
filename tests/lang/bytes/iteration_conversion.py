# bytes iteration yields ints; conversions between bytes, str, int lists and hex; splitting records.
data = b"Hello\x00World\xff"
print(list(data)[:6], [chr(b) for b in data[:5]], bytes(reversed(data[:5])))
print([hex(b) for b in b"\x00\x7f\x80\xff"], [f"{b:08b}" for b in b"\x05\xa0"])
print(sum(data) % 256, max(data), min(data), data.count(0), data.index(0))
print(data.split(b"\x00"), data.partition(b"\x00"), data.rstrip(b"\xff"))
print(bytes(b ^ 0x20 for b in b"abcXYZ"), bytes(map(lambda b: b + 1, b"HAL")))
records = b"name=ann;age=30;city=nyc"
fields = dict(item.split(b"=") for item in records.split(b";"))
print(fields, {k.decode(): v.decode() for k, v in fields.items()})
print(int.from_bytes(b"\x01\x00", "little"), (513).to_bytes(2, "big"), list((513).to_bytes(2, "little")))
print(b"abc" < b"abd", sorted([b"b", b"a", b"ab"]), b"a" in [b"a"], ord(b"a"), bytes([ord("a")]))
print([data[i:i + 4] for i in range(0, len(data), 4)])
checksum = 0
for b in b"checksum":
    checksum = (checksum * 31 + b) % 65521
print(checksum)
print(b"x".join(b"%d" % i for i in range(3)), b", ".join([b"a", b"b"]))
print(b"\t\n\r\x0b\x0c ".isspace(), b"abc".upper().lower(), b"abc".title(), b"mixed Case".swapcase())
print(repr(bytes(range(32))))
print(repr(bytes(range(120, 136))))
print(b"%c%c" % (72, b"i"), b"%5b|" % b"ab", b"%-5b|" % b"ab", b"%x" % 255, b"%r" % "é" if False else b"%a" % "é")
print(b"\xe6\x97\xa5\xe6\x9c\xac".decode("utf-8"), len("日本".encode()), "日本".encode()[::-1])
print(b"abcdef"[1::2], b"abcdef"[-1], b"abcdef"[-2:], b"abcdef"[::-1])
class Packet:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload
    def __bytes__(self):
        return bytes([self.kind, len(self.payload)]) + self.payload
    @classmethod
    def parse(cls, raw):
        kind, length = raw[0], raw[1]
        return cls(kind, raw[2:2 + length])
pk = Packet(7, b"data")
raw = bytes(pk)
print(raw, Packet.parse(raw).payload, Packet.parse(raw).kind)
print(bytes(Packet(1, b"")), len(bytes(Packet(2, b"x" * 10))))
