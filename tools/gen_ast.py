#!/usr/bin/env python3
"""Generates the AST's C code from grammar/krait.asdl.

    gen_ast.py h ASDL        prints src/parser/ast.gen.h
    gen_ast.py c ASDL        prints src/parser/ast.gen.c
    gen_ast.py verify ASDL   compares the ASDL with the running Python's `ast`
                             module (run it with python3.11); exits 1 on a
                             difference

Mapping (docs/internals/ast.md has the rationale):
  - a sum whose constructors have fields (expr) -> struct KrExpr { enum KrExprKind
    kind; union { struct {...} BinOp; ... } v; int lineno, ...; }, kinds
    KR_AST_<Constructor> from 1; constructor kri_ast_<Constructor>();
  - a simple sum (operator) -> typedef enum KrOperator { KR_AST_Add = 1, ... };
  - a product (arg) -> struct KrArg { fields; attributes }, constructor kri_ast_arg();
  - T* -> KrTSeq * (len + items[]); identifier* -> KrIdentSeq, int* and
    simple-sum* -> KrIntSeq; NULL is the empty list;
  - identifier, string -> const char *; constant -> KrConst *; int -> int.
The dumper reproduces CPython 3.11's ast.dump() text, including the point at
which CPython's recursive ast.dump exceeds its recursion limit."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import asdl  # noqa: E402

C_KEYWORDS = set("""auto break case char const continue default do double else enum
extern float for goto if inline int long register restrict return short signed
sizeof static struct switch typedef union unsigned void volatile while""".split())
# Names the generated functions use for their own parameters and locals.
RESERVED = {"a", "node", "out", "attrs", "depth", "first", "seq", "v"}


def wrap_call(head, params, tail, width=95):
    """`head(params)tail` broken after commas, continuation lines aligned
    under the first parameter."""
    lines, cur = [], head + "("
    indent = " " * len(cur)
    parts = params.split(", ")
    for i, part in enumerate(parts):
        piece = part + (", " if i < len(parts) - 1 else ")" + tail)
        if len(cur) + len(piece.rstrip()) > width and cur.strip() != head + "(":
            lines.append(cur.rstrip())
            cur = indent
        cur += piece
    return lines + [cur]


def camel(name):
    """type_ignore -> TypeIgnore"""
    return "".join(p[:1].upper() + p[1:] for p in name.split("_"))


class Gen:
    def __init__(self, path):
        self.path = path
        self.mod = asdl.read(path)
        self.types = {t.name: t for t in self.mod.types}
        for t in self.mod.types:
            for f in self.all_fields(t):
                if f.name in C_KEYWORDS or f.name in RESERVED:
                    sys.exit(f"gen_ast: field name {f.name} of {t.name} is a C keyword or "
                             "a name the generated code uses")
        self.seq_elems = self.collect_seq_elems()

    # ---- classification ----

    @staticmethod
    def all_fields(t):
        out = list(t.fields or []) + list(t.attributes)
        for c in t.constructors or []:
            out += c.fields
        return out

    def kind(self, tname):
        """'builtin', 'simple', 'node' (sum with fields) or 'product'."""
        if tname in asdl.BUILTIN_TYPES:
            return "builtin"
        t = self.types[tname]
        if t.is_simple:
            return "simple"
        return "node" if t.is_sum else "product"

    def node_types(self):
        return [t for t in self.mod.types if self.kind(t.name) in ("node", "product")]

    def collect_seq_elems(self):
        """Element types of every `T*` field, in order of first use."""
        out = []
        for t in self.mod.types:
            for f in self.all_fields(t):
                if f.seq and f.type not in out:
                    if f.type in ("string", "constant"):
                        sys.exit(f"gen_ast: lists of {f.type} are not supported")
                    out.append(f.type)
        return out

    # ---- C names ----

    def seq_tag(self, tname):
        """The shared part of a sequence type's names: Expr, Ident, Int."""
        if tname == "identifier":
            return "Ident"
        if tname == "int" or self.kind(tname) == "simple":
            return "Int"
        return camel(tname)

    def seq_type(self, tname):
        return f"Kr{self.seq_tag(tname)}Seq"

    def seq_new(self, tname):
        snake = {"Ident": "ident", "Int": "int"}.get(self.seq_tag(tname), tname)
        return f"kri_ast_{snake}_seq_new"

    def item_ctype(self, tname):
        if tname in ("identifier", "string"):
            return "const char *"
        if tname == "constant":
            return "KrConst *"
        if tname == "int" or self.kind(tname) == "simple":
            return "int "
        return f"Kr{camel(tname)} *"

    def ctype(self, f):
        """The C type of a field, ending in a space or '*'."""
        if f.seq:
            return f"{self.seq_type(f.type)} *"
        if f.type == "int":
            return "int "
        if self.kind(f.type) == "simple":
            return f"Kr{camel(f.type)} "
        return self.item_ctype(f.type)

    def is_pointer(self, f):
        return f.seq or (f.type != "int" and self.kind(f.type) != "simple")

    def seq_types(self):
        """[(C type name, item C type)] without duplicates (Int serves several)."""
        out = []
        for e in self.seq_elems:
            name = self.seq_type(e)
            item = "int " if self.seq_tag(e) == "Int" else self.item_ctype(e)
            if (name, item) not in out:
                out.append((name, item))
        return out

    def params(self, fields, attributes):
        ps = ["KrArena *a"] + [f"{self.ctype(f)}{f.name}" for f in fields]
        ps += [f"int {f.name}" for f in attributes]
        return ", ".join(ps)

    def ctor_protos(self):
        """[(return type, function name, parameters, type, constructor-or-None)]"""
        out = []
        for t in self.mod.types:
            k = self.kind(t.name)
            if k == "node":
                for c in t.constructors:
                    out.append((f"Kr{camel(t.name)}", f"kri_ast_{c.name}",
                                self.params(c.fields, t.attributes), t, c))
            elif k == "product":
                out.append((f"Kr{camel(t.name)}", f"kri_ast_{t.name}",
                            self.params(t.fields, t.attributes), t, None))
        return out

    def banner(self):
        return (f"/* Generated by tools/gen_ast.py from {self.rel_path()}; do not edit. */")

    def rel_path(self):
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        return os.path.relpath(os.path.abspath(self.path), root).replace(os.sep, "/")

    # ---- ast.gen.h ----

    def header(self):
        w = [self.banner(), HEADER_INTRO, "#ifndef KRAIT_AST_GEN_H", "#define KRAIT_AST_GEN_H", "",
             '#include "base/base.h"', "",
             "/* Defined in parser/parser.h: a literal value (Constant, MatchSingleton). */",
             "typedef struct KrConst KrConst;", ""]
        for t in self.node_types():
            w.append(f"typedef struct Kr{camel(t.name)} Kr{camel(t.name)};")
        w.append("")
        for t in self.mod.types:
            if self.kind(t.name) == "simple":
                w += self.enum_decl(f"Kr{camel(t.name)}", t.constructors)
        w += ["/* Lists: NULL means empty; items[] holds len entries. KrIntSeq holds the",
              " * values of a simple sum (cmpop); every other list holds pointers. */"]
        for name, item in self.seq_types():
            w += [f"typedef struct {name} {{", "    ptrdiff_t len;",
                  f"    {item}items[];", f"}} {name};"]
        w.append("")
        for t in self.mod.types:
            if self.kind(t.name) == "node":
                w += self.enum_decl(f"Kr{camel(t.name)}Kind", t.constructors)
        for t in self.node_types():
            w += self.struct_decl(t)
        w += self.header_protos()
        w += ["#endif", ""]
        return "\n".join(w)

    @staticmethod
    def enum_decl(name, ctors):
        w = [f"typedef enum {name} {{"]
        for i, c in enumerate(ctors):
            w.append(f"    KR_AST_{c.name}" + (" = 1," if i == 0 else ","))
        return w + [f"}} {name};", ""]

    def struct_decl(self, t):
        name = f"Kr{camel(t.name)}"
        w = [f"struct {name} {{"]
        if t.is_sum:
            w += [f"    enum {name}Kind kind;", "    union {"]
            for c in t.constructors:
                if c.fields:
                    w.append("        struct {")
                    w += [f"            {self.ctype(f)}{f.name};" for f in c.fields]
                    w.append(f"        }} {c.name};")
            w.append("    } v;")
        else:
            w += [f"    {self.ctype(f)}{f.name};" for f in t.fields]
        if t.attributes:
            w.append("    int " + ", ".join(a.name for a in t.attributes) + ";")
        return w + ["};", ""]

    def header_protos(self):
        w = ["/* A zeroed list of [len] items in [a], or NULL when memory runs out. */"]
        done = set()
        for e in self.seq_elems:
            fn = self.seq_new(e)
            if fn not in done:
                done.add(fn)
                w.append(f"KR_HIDDEN {self.seq_type(e)} *{fn}(KrArena *a, ptrdiff_t len);")
        w += ["", "/* Node constructors: the arena, the fields in ASDL order, then the",
              " * attributes. They return NULL when memory runs out and assert() that",
              " * required pointer fields are not NULL. */"]
        for ret, fn, params, _, _ in self.ctor_protos():
            w += wrap_call(f"KR_HIDDEN {ret} *{fn}", params, ";")
        w += ["", "/* Constructor names for debugging: \"BinOp\", \"Add\"; \"?\" if out of range. */"]
        for t in self.mod.types:
            k = self.kind(t.name)
            if k in ("node", "simple"):
                enum = f"Kr{camel(t.name)}" + ("Kind" if k == "node" else "")
                w.append(f"KR_HIDDEN const char *kri_ast_{t.name}_kind_name({enum} kind);")
        w += ["", DUMP_DOC, "KR_HIDDEN KR_NODISCARD int kri_ast_dump(KrBuf *out, const KrMod *mod, "
              "bool include_attributes);",
              "/* \"RecursionError: maximum recursion depth exceeded\" etc. for a code",
              " * of kri_ast_dump; NULL for 0 or an unknown code. */",
              "KR_HIDDEN const char *kri_ast_dump_error(int code);", ""]
        return w

    # ---- ast.gen.c ----

    def source(self):
        w = [self.banner(), SOURCE_INTRO, '#include "parser/parser.h"', "",
             "#include <assert.h>", "#include <stdint.h>", "#include <string.h>", ""]
        w += self.name_functions()
        w += [SEQ_ALLOC]
        w += self.seq_functions()
        for ret, fn, params, t, c in self.ctor_protos():
            w += self.ctor_body(ret, fn, params, t, c)
        w += [DUMP_PRELUDE]
        w += self.dump_protos()
        for t in self.mod.types:
            k = self.kind(t.name)
            if k == "simple":
                w += self.dump_simple(t)
            elif k in ("node", "product"):
                w += self.dump_node(t)
        for e in self.seq_elems:
            w += self.dump_seq(e)
        w += [DUMP_ENTRY]
        return "\n".join(w)

    def name_functions(self):
        w = []
        for t in self.mod.types:
            k = self.kind(t.name)
            if k not in ("node", "simple"):
                continue
            enum = f"Kr{camel(t.name)}" + ("Kind" if k == "node" else "")
            table = f"{t.name}_kind_names"
            w.append(f"static const char *const {table}[] = {{")
            w.append('    "?",')
            w += [f'    "{c.name}",' for c in t.constructors]
            w += ["};", "", f"const char *kri_ast_{t.name}_kind_name({enum} kind)", "{",
                  f"    if ((int)kind < 1 || (int)kind >= (int)KR_ARRAY_LEN({table}))",
                  '        return "?";', f"    return {table}[kind];", "}", ""]
        return w

    def seq_functions(self):
        w, done = [], set()
        for e in self.seq_elems:
            fn, st = self.seq_new(e), self.seq_type(e)
            if fn in done:
                continue
            done.add(fn)
            w += [f"{st} *{fn}(KrArena *a, ptrdiff_t len)", "{",
                  f"    {st} *seq = seq_alloc(a, len, sizeof({st}), sizeof(seq->items[0]));",
                  "    if (seq)", "        seq->len = len;", "    return seq;", "}", ""]
        return w

    def ctor_body(self, ret, fn, params, t, c):
        fields = c.fields if c else t.fields
        w = wrap_call(f"{ret} *{fn}", params, "") + ["{"]
        for f in fields:
            if self.is_pointer(f) and not f.opt and not f.seq:
                w.append(f"    assert({f.name} != NULL);")
            elif self.kind(f.type) == "simple" and not f.seq:
                n = len(self.types[f.type].constructors)
                w.append(f"    assert((int){f.name} >= 1 && (int){f.name} <= {n});")
        w += [f"    {ret} *node = kri_arena_alloc(a, sizeof({ret}));", "    if (!node)",
              "        return NULL;"]
        prefix = f"node->v.{c.name}." if c else "node->"
        if c:
            w.append(f"    node->kind = KR_AST_{c.name};")
        w += [f"    {prefix}{f.name} = {f.name};" for f in fields]
        w += [f"    node->{a.name} = {a.name};" for a in t.attributes]
        return w + ["    return node;", "}", ""]

    # ---- the dumper ----

    def dump_protos(self):
        w = []
        for t in self.mod.types:
            k = self.kind(t.name)
            if k == "simple":
                w.append(f"static int dump_{t.name}(KrBuf *out, int value, int depth);")
            elif k in ("node", "product"):
                w.append(f"static int dump_{t.name}(KrBuf *out, const Kr{camel(t.name)} *node, "
                         "bool attrs, int depth);")
        for e in self.seq_elems:
            w.append(f"static int {self.seq_dump_sig(e)};")
        return w + [""]

    def needs_attrs(self, tname):
        return self.kind(tname) in ("node", "product")

    def seq_dump_sig(self, e):
        attrs = " bool attrs," if self.needs_attrs(e) else ""
        return f"dump_{e}_seq(KrBuf *out, const {self.seq_type(e)} *seq,{attrs} int depth)"

    def value_call(self, f, expr):
        """The call that dumps field [f] whose C value is [expr], one level down."""
        d = "depth + 1"
        if f.seq:
            attrs = " attrs," if self.needs_attrs(f.type) else ""
            return f"dump_{f.type}_seq(out, {expr},{attrs} {d})"
        k = self.kind(f.type)
        if k == "builtin":
            fn = {"identifier": "dump_str", "string": "dump_str", "constant": "dump_const",
                  "int": "dump_int"}[f.type]
            return f"{fn}(out, {expr}, {d})"
        if k == "simple":
            return f"dump_{f.type}(out, (int){expr}, {d})"
        return f"dump_{f.type}(out, {expr}, attrs, {d})"

    def dump_fields(self, fields, prefix, indent):
        """Statements printing `name=value` for each field; absent optional
        fields are left out as ast.dump does."""
        w, sp = [], " " * indent
        for f in fields:
            expr = prefix + f.name
            put = [f'TRY(put_field(out, &first, "{f.name}"));', f"TRY({self.value_call(f, expr)});"]
            if f.opt and self.is_pointer(f):
                w.append(f"{sp}if ({expr}) {{")
                w += [f"{sp}    {s}" for s in put]
                w.append(f"{sp}}}")
            else:
                w += [sp + s for s in put]
        return w

    def dump_node(self, t):
        name = f"Kr{camel(t.name)}"
        uses_attrs = bool(t.attributes) or any(
            self.needs_attrs(f.type) for f in self.all_fields(t))
        w = [f"static int dump_{t.name}(KrBuf *out, const {name} *node, bool attrs, int depth)",
             "{", "    if (!node)", "        return dump_none(out, depth);",
             "    TRY(enter_frame(depth));", "    bool first = true;"]
        if not uses_attrs:
            w.append("    (void)attrs;")
        if t.is_sum:
            w.append("    switch (node->kind) {")
            for c in t.constructors:
                w.append(f"    case KR_AST_{c.name}:")
                w.append(f'        TRY(kri_buf_puts(out, "{c.name}("));')
                w += self.dump_fields(c.fields, f"node->v.{c.name}.", 8)
                w.append("        break;")
            w += ["    default:", "        assert(!\"bad node kind\");", "        return -1;", "    }"]
        else:
            w.append(f'    TRY(kri_buf_puts(out, "{t.name}("));')
            w += self.dump_fields(t.fields, "node->", 4)
        if t.attributes:
            w.append("    if (attrs)")
            args = ", ".join(["out", "&first"] + [f"node->{a.name}" for a in t.attributes] +
                             ["depth + 1"])
            w += wrap_call("        TRY(dump_positions", args, ");")
        return w + ["    TRY(call_builtin(depth + 1)); /* str.join */",
                    "    return kri_buf_putc(out, ')');", "}", ""]

    def dump_simple(self, t):
        return [f"static int dump_{t.name}(KrBuf *out, int value, int depth)", "{",
                f"    return dump_enum_node(out, kri_ast_{t.name}_kind_name((Kr{camel(t.name)})value), depth);",
                "}", ""]

    def dump_seq(self, e):
        k = self.kind(e)
        if k in ("node", "product"):
            item = f"dump_{e}(out, seq->items[i], attrs, depth + 3)"
        elif k == "simple":
            item = f"dump_{e}(out, seq->items[i], depth + 3)"
        elif e == "int":
            item = "dump_int(out, seq->items[i], depth + 3)"
        else:
            item = "dump_str(out, seq->items[i], depth + 3)"
        return [f"static int {self.seq_dump_sig(e)}", "{",
                "    ptrdiff_t len = seq ? seq->len : 0;",
                "    TRY(open_list(out, len, depth));",
                "    for (ptrdiff_t i = 0; i < len; i++) {",
                '        if (i > 0)', '            TRY(kri_buf_puts(out, ", "));',
                f"        TRY({item});", "    }",
                "    return len ? kri_buf_putc(out, ']') : 0;", "}", ""]

    # ---- verification against the running Python ----

    def verify(self):
        import ast
        problems = []
        seen = set()
        for t in self.mod.types:
            if not hasattr(ast, t.name):
                problems.append(f"ast has no type {t.name}")
                continue
            seen.add(t.name)
            base = getattr(ast, t.name)
            if t.is_sum:
                problems += self.verify_attrs(base, t.attributes)
                for c in t.constructors:
                    seen.add(c.name)
                    problems += self.verify_class(getattr(ast, c.name, None), c.name,
                                                  c.fields, t.attributes, base)
            else:
                problems += self.verify_class(base, t.name, t.fields, t.attributes, ast.AST)
        # Every concrete node class of the module must be described.
        for name in dir(ast):
            cls = getattr(ast, name)
            if isinstance(cls, type) and issubclass(cls, ast.AST) and cls is not ast.AST \
                    and name not in seen and "Deprecated" not in (cls.__doc__ or ""):
                problems.append(f"{name} is missing from the ASDL")
        return problems

    @staticmethod
    def verify_attrs(cls, attributes):
        out = []
        if tuple(a.name for a in attributes) != cls._attributes:
            out.append(f"{cls.__name__}: attributes {cls._attributes}")
        for a in attributes:
            if (getattr(cls, a.name, ...) is None) != a.opt:
                out.append(f"{cls.__name__}.{a.name}: optionality differs")
        return out

    def verify_class(self, cls, name, fields, attributes, base):
        if cls is None:
            return [f"ast has no class {name}"]
        out = []
        if cls.__bases__ != (base,):
            out.append(f"{name}: base {cls.__bases__}")
        if tuple(f.name for f in fields) != cls._fields:
            out.append(f"{name}: fields {cls._fields}")
        out += self.verify_attrs(cls, attributes)
        for f in fields:
            if (getattr(cls, f.name, ...) is None) != f.opt:
                out.append(f"{name}.{f.name}: optionality differs")
        # 3.11 documents each class by its ASDL signature, which gives the types.
        sig = ", ".join(f"{f.type}{'?' if f.opt else '*' if f.seq else ''} {f.name}"
                        for f in fields)
        want = f"{name}({sig})" if fields else name
        if (cls.__doc__ or "").strip() != want:
            out.append(f"{name}: signature {cls.__doc__!r}, ASDL says {want!r}")
        return out


HEADER_INTRO = """/* The AST: one C type per ASDL type of grammar/krait.asdl (Python 3.11's
 * abstract syntax). Nodes, lists and strings live in the parse's KrArena and
 * are never freed one by one. A sum type with fields (KrExpr) has a kind
 * KR_AST_<Constructor> and the constructor's fields in v.<Constructor>;
 * positions follow the union (lines 1-based, columns 0-based UTF-8 byte
 * offsets). Optional pointer fields are NULL when absent. Include it through
 * parser/parser.h. See docs/internals/ast.md. */"""

SOURCE_INTRO = """/* Constructors, list allocation, kind names and the dumper for the AST types
 * of ast.gen.h. The dumper prints exactly what CPython 3.11's
 * ast.dump(node, include_attributes=...) prints, one dump_<type> function per
 * ASDL type. See docs/internals/ast.md. */"""

DUMP_DOC = """/* Appends ast.dump(mod, include_attributes=[include_attributes]) as CPython
 * 3.11 prints it (annotate_fields, no indent) to [out]. Returns 0, or on
 * failure one of these codes with [out] holding partial text:
 *   KR_AST_DUMP_NO_MEMORY: out of memory;
 *   KR_AST_DUMP_INT_TOO_LARGE: an int constant over 4300 decimal digits, for
 *     which CPython's repr raises ValueError (from kri_const_repr);
 *   KR_AST_DUMP_TOO_DEEP*: the tree is so deep that CPython's recursive
 *     ast.dump, called from a script's top level, raises RecursionError (its
 *     default limit is 1000; each nesting level costs 1 per node and 3 more
 *     per list, so ~990 nested expressions). The three codes tell CPython's
 *     three messages apart. This also bounds the dumper's own C recursion.
 * kri_ast_dump_error gives the exception line CPython prints for a code. */
enum {
    KR_AST_DUMP_NO_MEMORY = -1,
    KR_AST_DUMP_INT_TOO_LARGE = -2,
    KR_AST_DUMP_TOO_DEEP = -3,      /* "maximum recursion depth exceeded" */
    KR_AST_DUMP_TOO_DEEP_CALL = -4, /* "... while calling a Python object" */
    KR_AST_DUMP_TOO_DEEP_REPR = -5, /* "... while getting the repr of an object" */
};"""

SEQ_ALLOC = """/* A zeroed list block: a header of [header] bytes whose first member is the
 * length, then [len] items of [item] bytes. NULL when memory runs out or the
 * size overflows. */
static void *seq_alloc(KrArena *a, ptrdiff_t len, size_t header, size_t item)
{
    assert(len >= 0);
    if (len < 0 || (size_t)len > (SIZE_MAX / 2 - header) / item)
        return NULL;
    size_t size = header + (size_t)len * item;
    void *seq = kri_arena_alloc(a, size);
    if (seq)
        memset(seq, 0, size);
    return seq;
}
"""

DUMP_PRELUDE = """/* ---- the dumper ----
 * CPython's ast.dump formats recursively with a Python function, _format, and
 * fails with RecursionError once the recursion depth would pass 1000. To
 * fail on exactly the same trees, with the same message, [depth] is the depth
 * of the _format call formatting the current value, and the checks below
 * mirror the counted steps of CPython 3.11 (measured with python3.11):
 *   - the script's module frame is 1, ast.dump 2, _format(Module) 3; entering
 *     any Python frame deeper than the limit fails with the plain message;
 *   - an AST node at d formats each field with a _format call at d + 1, then
 *     calls str.join (a counted builtin call) at d + 1;
 *   - a non-empty list at d creates its generator (a frame, 3.11 runs it up to
 *     RETURN_GENERATOR) at d + 1, calls str.join at d + 1, resumes the
 *     generator at d + 2 and formats each item at d + 3; an empty list makes
 *     no call;
 *   - any other value at d goes through repr(), a builtin call at d + 1 that
 *     enters PyObject_Repr at d + 2.
 * The checks run in the order of CPython's calls, so when a tree is both too
 * deep and holds an oversized int, the error reported is CPython's. */
enum { BASE_DEPTH = 3, MAX_DEPTH = 1000 };

#define TRY(call)                                                                  \\
    do {                                                                           \\
        int rc_ = (call);                                                          \\
        if (rc_ < 0)                                                               \\
            return rc_;                                                            \\
    } while (0)

/* A Python frame at [depth]: RecursionError "maximum recursion depth exceeded". */
static int enter_frame(int depth)
{
    return depth > MAX_DEPTH ? KR_AST_DUMP_TOO_DEEP : 0;
}

/* A builtin called at [depth]: "... while calling a Python object". */
static int call_builtin(int depth)
{
    return depth > MAX_DEPTH ? KR_AST_DUMP_TOO_DEEP_CALL : 0;
}

/* repr() of a leaf value formatted at [depth]. */
static int enter_repr(int depth)
{
    TRY(enter_frame(depth));
    TRY(call_builtin(depth + 1));
    return depth + 2 > MAX_DEPTH ? KR_AST_DUMP_TOO_DEEP_REPR : 0;
}

/* Writes ", name=" (no comma before the first field of a node). */
static int put_field(KrBuf *out, bool *first, const char *name)
{
    if (!*first)
        TRY(kri_buf_puts(out, ", "));
    *first = false;
    TRY(kri_buf_puts(out, name));
    return kri_buf_putc(out, '=');
}

/* None stands for a NULL pointer where a value is required, or a NULL list
 * item (Dict keys for `**m`, kw_defaults without a default). */
static int dump_none(KrBuf *out, int depth)
{
    TRY(enter_repr(depth));
    return kri_buf_puts(out, "None");
}

static int dump_int(KrBuf *out, int value, int depth)
{
    TRY(enter_repr(depth));
    return kri_buf_printf(out, "%d", value);
}

/* identifier and string fields: repr() of the text. */
static int dump_str(KrBuf *out, const char *s, int depth)
{
    if (!s)
        return dump_none(out, depth);
    TRY(enter_repr(depth));
    return kri_repr_str(out, s, strlen(s));
}

static int dump_const(KrBuf *out, const KrConst *c, int depth)
{
    if (!c)
        return dump_none(out, depth);
    TRY(enter_repr(depth));
    return kri_const_repr(out, c);
}

/* A field-less node of a simple sum: "Load()". */
static int dump_enum_node(KrBuf *out, const char *name, int depth)
{
    TRY(enter_frame(depth));
    TRY(call_builtin(depth + 1)); /* str.join */
    TRY(kri_buf_puts(out, name));
    return kri_buf_puts(out, "()");
}

/* The four position attributes, printed by include_attributes=True; [depth]
 * is that of the values. */
static int dump_positions(KrBuf *out, bool *first, int lineno, int col_offset,
                          int end_lineno, int end_col_offset, int depth)
{
    TRY(put_field(out, first, "lineno"));
    TRY(dump_int(out, lineno, depth));
    TRY(put_field(out, first, "col_offset"));
    TRY(dump_int(out, col_offset, depth));
    TRY(put_field(out, first, "end_lineno"));
    TRY(dump_int(out, end_lineno, depth));
    TRY(put_field(out, first, "end_col_offset"));
    return dump_int(out, end_col_offset, depth);
}

/* Opens a list of [len] items formatted at [depth]: "[]" when empty, else
 * "[" after the checks that precede its first item. */
static int open_list(KrBuf *out, ptrdiff_t len, int depth)
{
    TRY(enter_frame(depth));
    if (len == 0)
        return kri_buf_puts(out, "[]");
    TRY(enter_frame(depth + 1));  /* the generator's creation */
    TRY(call_builtin(depth + 1)); /* str.join */
    TRY(enter_frame(depth + 2));  /* the generator resumed */
    return kri_buf_putc(out, '[');
}
"""

DUMP_ENTRY = """int kri_ast_dump(KrBuf *out, const KrMod *mod, bool include_attributes)
{
    return dump_mod(out, mod, include_attributes, BASE_DEPTH);
}

const char *kri_ast_dump_error(int code)
{
    switch (code) {
    case KR_AST_DUMP_NO_MEMORY:
        return "MemoryError";
    case KR_AST_DUMP_INT_TOO_LARGE:
        return "ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
               "use sys.set_int_max_str_digits() to increase the limit";
    case KR_AST_DUMP_TOO_DEEP:
        return "RecursionError: maximum recursion depth exceeded";
    case KR_AST_DUMP_TOO_DEEP_CALL:
        return "RecursionError: maximum recursion depth exceeded while calling a Python object";
    case KR_AST_DUMP_TOO_DEEP_REPR:
        return "RecursionError: maximum recursion depth exceeded while getting the repr of an "
               "object";
    default:
        return NULL;
    }
}
"""


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("h", "c", "verify"):
        sys.exit("usage: gen_ast.py h|c|verify grammar/krait.asdl")
    gen = Gen(sys.argv[2])
    if sys.argv[1] == "verify":
        problems = gen.verify()
        for p in problems:
            print(p)
        print(f"{len(problems)} differences from Python {sys.version.split()[0]}'s ast")
        sys.exit(1 if problems else 0)
    sys.stdout.write(gen.header() if sys.argv[1] == "h" else gen.source())


if __name__ == "__main__":
    main()
