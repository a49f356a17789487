#!/usr/bin/env python3
"""A small reader for ASDL (Zephyr Abstract Syntax Description Language), the
notation of grammar/krait.asdl.

The accepted language:
    module   := 'module' NAME '{' typedef* '}'
    typedef  := NAME '=' (sum | product)
    sum      := ctor ('|' ctor)* attributes?
    ctor     := NAME fields?
    product  := fields attributes?
    attributes := 'attributes' fields
    fields   := '(' field (',' field)* ')'
    field    := NAME ('?' | '*')? NAME          -- type, modifier, field name
Comments run from '--' to the end of the line. Every type a field names must
be defined in the module or be a builtin (identifier, string, constant, int).

read(path) returns a Module; types keep their file order. A sum whose
constructors have no fields and which has no attributes is "simple" (an
enumeration, like `operator`)."""
import re
import sys
from dataclasses import dataclass, field as dc_field

BUILTIN_TYPES = ("identifier", "string", "constant", "int")


@dataclass
class Field:
    type: str
    name: str
    opt: bool = False  # `?`: may be absent
    seq: bool = False  # `*`: a list


@dataclass
class Constructor:
    name: str
    fields: list = dc_field(default_factory=list)


@dataclass
class Type:
    name: str
    constructors: list = None  # for a sum; None for a product
    fields: list = None  # for a product
    attributes: list = dc_field(default_factory=list)

    @property
    def is_sum(self):
        return self.constructors is not None

    @property
    def is_simple(self):
        return self.is_sum and not self.attributes and \
            all(not c.fields for c in self.constructors)


@dataclass
class Module:
    name: str
    types: list

    def type(self, name):
        for t in self.types:
            if t.name == name:
                return t
        return None


class ASDLError(Exception):
    pass


TOKEN_RE = re.compile(r"\s+|--[^\n]*|(?P<name>[A-Za-z_][A-Za-z0-9_]*)|(?P<punct>[{}()=|,?*])")


def tokenize(text):
    """Yields (kind, value, line) with kind 'name' or 'punct'."""
    pos, line = 0, 1
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ASDLError(f"line {line}: unexpected character {text[pos]!r}")
        if m.lastgroup:
            yield m.lastgroup, m.group(m.lastgroup), line
        line += m.group(0).count("\n")
        pos = m.end()
    yield "eof", "", line


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.pos = 0

    def peek(self, value=None):
        kind, val, _ = self.tokens[self.pos]
        return val == value if value is not None else (kind, val)

    def take(self, expect=None, kind=None):
        tkind, val, line = self.tokens[self.pos]
        if (expect is not None and val != expect) or (kind is not None and tkind != kind):
            want = repr(expect) if expect is not None else kind
            raise ASDLError(f"line {line}: expected {want}, found {val or 'end of file'!r}")
        self.pos += 1
        return val

    def module(self):
        if self.take(kind="name") != "module":
            raise ASDLError("the file must start with 'module'")
        name = self.take(kind="name")
        self.take("{")
        types = []
        while not self.peek("}"):
            types.append(self.typedef())
        self.take("}")
        self.take(kind="eof")
        return Module(name, types)

    def typedef(self):
        name = self.take(kind="name")
        self.take("=")
        if self.peek("("):
            t = Type(name, fields=self.fields())
        else:
            ctors = [self.constructor()]
            while self.peek("|"):
                self.take("|")
                ctors.append(self.constructor())
            t = Type(name, constructors=ctors)
        if self.peek("attributes"):
            self.take("attributes")
            t.attributes = self.fields()
        return t

    def constructor(self):
        name = self.take(kind="name")
        return Constructor(name, self.fields() if self.peek("(") else [])

    def fields(self):
        self.take("(")
        out = [self.field()]
        while self.peek(","):
            self.take(",")
            out.append(self.field())
        self.take(")")
        return out

    def field(self):
        f = Field(self.take(kind="name"), "")
        if self.peek("?"):
            self.take("?")
            f.opt = True
        elif self.peek("*"):
            self.take("*")
            f.seq = True
        f.name = self.take(kind="name")
        return f


def check(mod):
    """Names must be unique and every field type known."""
    known = set(BUILTIN_TYPES)
    ctors = set()
    for t in mod.types:
        if t.name in known:
            raise ASDLError(f"type {t.name} defined twice")
        known.add(t.name)
        for c in t.constructors or []:
            if c.name in ctors:
                raise ASDLError(f"constructor {c.name} defined twice")
            ctors.add(c.name)
    for t in mod.types:
        every = list(t.fields or []) + list(t.attributes)
        for c in t.constructors or []:
            every += c.fields
        for f in every:
            if f.type not in known:
                raise ASDLError(f"{t.name}: unknown type {f.type} of field {f.name}")


def read(path):
    with open(path, encoding="utf-8") as f:
        mod = Parser(f.read()).module()
    check(mod)
    return mod


if __name__ == "__main__":
    # Prints a summary, to eyeball what the reader understood.
    for t in read(sys.argv[1]).types:
        kind = "simple sum" if t.is_simple else "sum" if t.is_sum else "product"
        print(t.name, kind, [c.name for c in t.constructors or []] or
              [f.name for f in t.fields], [a.name for a in t.attributes])
