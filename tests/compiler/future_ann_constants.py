from __future__ import annotations
a: 1
b: 1.5
c: 1e400
d: 2j
e: "s'q"
f: b"bytes"
g: None
h: True
i: ...
j: u"uni"
k: 1e400j
l: -1
m: 10000000000000000000000
