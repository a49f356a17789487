#!/usr/bin/env python3
"""The PEG parser generator: reads grammar/python.gram (rules with C actions)
and grammar/tokens.def, prints src/parser/parser.gen.c.

Grammar notation (one rule per paragraph):
    name[CType] (memo): | alt | alt ...     '(memo)' memoizes the rule
    an alt is items then optionally { C expression }, its value
items:
    NAME / NUMBER / STRING / ... token kinds    'if' keyword    '+=' operator
    "match" soft keyword     rule_name     a=item (names the value)
    item? [alts] optional    item* item+     sep.item+ (gather)
    (alts) group     &item !item lookahead     &&item forced ("expected ...")
    ~ cut (no later alternative is tried once the alt got past it)
Rules named invalid_* run only in the error pass (p->call_invalid_rules);
rules named *_without_invalid switch them off while they run.
Directly left-recursive rules (rule: rule ... | ...) grow a seed as in
Warth et al.; they are memoized implicitly. See docs/internals/parser.md.
"""
import re
import sys

# Node types whose sequences have their own Kr*Seq type in ast.gen.h.
AST_SEQ_TYPES = {'KrStmt', 'KrExpr', 'KrArg', 'KrKeyword', 'KrAlias', 'KrWithitem',
                 'KrMatchCase', 'KrPattern', 'KrExcepthandler', 'KrComprehension',
                 'KrTypeIgnore'}

# ---------------------------------------------------------------- grammar model

class Item:
    """kind: 'name' (rule or token), 'kw', 'soft', 'op', 'opt', 'star', 'plus',
    'gather', 'group', 'pos', 'neg', 'forced', 'cut'."""
    def __init__(self, kind, value=None, sub=None, sep=None):
        self.kind, self.value, self.sub, self.sep = kind, value, sub, sep
    def __repr__(self):
        return f"Item({self.kind},{self.value!r},{self.sub!r})"

class Alt:
    def __init__(self, items, action):
        self.items = items          # [(varname or None, Item)]
        self.action = action        # C expression or None

class Rule:
    def __init__(self, name, ctype, memo, alts):
        self.name, self.ctype, self.memo, self.alts = name, ctype, memo, alts
        self.left_rec = False

# ---------------------------------------------------------------- grammar reader

TOKEN_RE = re.compile(r"""
    (?P<ws>[ \t\r\n]+|\#[^\n]*)
  | (?P<code>\{)
  | (?P<str>'[^']*'|"[^"]*")
  | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<op>&&|[|:()\[\]?*+=&!~.$])
""", re.X)

def lex(text):
    pos, out, line = 0, [], 1
    while pos < len(text):
        if text.startswith('@', pos):
            m = re.compile(r'@(\w+)\s*"""(.*?)"""', re.S).match(text, pos)
            if not m:
                raise SyntaxError(f"line {line}: bad directive")
            out.append(('directive', (m.group(1), m.group(2)), line))
            line += m.group(0).count('\n')
            pos = m.end()
            continue
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise SyntaxError(f"line {line}: cannot read {text[pos:pos+20]!r}")
        kind = m.lastgroup
        if kind == 'code':
            depth, i = 0, pos
            while True:
                c = text[i]
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
                elif c in '"\'':
                    j = i + 1
                    while text[j] != c:
                        j += 2 if text[j] == '\\' else 1
                    i = j
                i += 1
            out.append(('code', text[pos + 1:i].strip(), line))
            line += text[pos:i + 1].count('\n')
            pos = i + 1
            continue
        val = m.group(0)
        if kind != 'ws':
            out.append((kind, val, line))
        line += val.count('\n')
        pos = m.end()
    out.append(('eof', None, line))
    return out

class GrammarReader:
    def __init__(self, text):
        self.toks = lex(text)
        self.i = 0
        self.directives = {}
        self.rules = []

    def peek(self, k=0):
        return self.toks[self.i + k]

    def take(self, kind=None, value=None):
        t = self.toks[self.i]
        if (kind and t[0] != kind) or (value and t[1] != value):
            raise SyntaxError(f"line {t[2]}: expected {value or kind}, got {t[1]!r}")
        self.i += 1
        return t

    def read(self):
        while self.peek()[0] != 'eof':
            if self.peek()[0] == 'directive':
                name, body = self.take()[1]
                self.directives[name] = body
                continue
            self.rules.append(self.rule())
        return self

    def rule(self):
        name = self.take('name')[1]
        ctype = 'void *'
        if self.peek()[1] == '[':
            self.take()
            words = []
            while self.peek()[1] != ']':
                words.append(self.take()[1])
            self.take()
            ctype = ' '.join(w for w in words if w != '*') + ' ' + '*' * words.count('*')
        memo = False
        if self.peek()[1] == '(' and self.peek(1)[1] == 'memo':
            self.i += 3
            memo = True
        self.take('op', ':')
        if self.peek()[1] != '|':
            alts = [self.alt()]
            while self.peek()[1] == '|':
                self.take()
                alts.append(self.alt())
        else:
            alts = self.alts()
        return Rule(name, ctype, memo, alts)

    def at_rule_start(self):
        t0, t1 = self.peek(), self.peek(1)
        if t0[0] != 'name':
            return False
        if t1[1] == ':':
            return True
        if t1[1] == '[':
            j = 2
            while self.peek(j)[0] == 'name' or self.peek(j)[1] == '*':
                j += 1
            if self.peek(j)[1] == ']' and self.peek(j + 1)[1] in (':', '('):
                return True
        return t1[1] == '(' and self.peek(2)[1] == 'memo'

    def alts(self):
        alts = []
        while self.peek()[1] == '|':
            self.take()
            alts.append(self.alt())
        return alts

    def alt(self):
        items = []
        while True:
            t = self.peek()
            if t[0] in ('eof', 'directive') or t[1] in ('|', ')', ']') or t[0] == 'code':
                break
            if self.at_rule_start():
                break
            items.append(self.named_item())
        action = None
        if self.peek()[0] == 'code':
            action = self.take()[1]
        return Alt(items, action)

    def named_item(self):
        if self.peek()[0] == 'name' and self.peek(1)[1] == '=':
            name = self.take()[1]
            self.take()
            return (name, self.item())
        return (None, self.item())

    def item(self):
        t = self.peek()
        if t[1] == '&&':
            self.take()
            return Item('forced', sub=self.atom())
        if t[1] == '&':
            self.take()
            return Item('pos', sub=self.atom())
        if t[1] == '!':
            self.take()
            return Item('neg', sub=self.atom())
        if t[1] == '~':
            self.take()
            return Item('cut')
        if t[1] == '[':
            self.take()
            alts = self.alt_list(']')
            return Item('opt', sub=Item('group', value=alts))
        a = self.atom()
        t = self.peek()
        if t[1] == '.' and self.peek(1)[0] in ('name', 'str') or t[1] == '.' and self.peek(1)[1] == '(':
            self.take()
            elem = self.atom()
            self.take('op', '+')
            return Item('gather', sub=elem, sep=a)
        if t[1] == '?':
            self.take()
            return Item('opt', sub=a)
        if t[1] == '*':
            self.take()
            return Item('star', sub=a)
        if t[1] == '+':
            self.take()
            return Item('plus', sub=a)
        return a

    def alt_list(self, close):
        alts = [self.alt()]
        while self.peek()[1] == '|':
            self.take()
            alts.append(self.alt())
        self.take('op', close)
        return alts

    def atom(self):
        t = self.take()
        if t[0] == 'name':
            return Item('name', t[1])
        if t[0] == 'str':
            s = t[1][1:-1]
            if t[1][0] == '"':
                return Item('soft', s)
            return Item('kw' if re.match(r'[A-Za-z_]\w*$', s) else 'op', s)
        if t[1] == '(':
            return Item('group', value=self.alt_list(')'))
        if t[1] == '$':
            return Item('name', 'ENDMARKER')
        raise SyntaxError(f"line {t[2]}: unexpected {t[1]!r}")

# ---------------------------------------------------------------- analysis

def read_token_def(path):
    kinds, ops = [], {}
    for line in open(path, encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 1)
        kinds.append(parts[0])
        if len(parts) > 1:
            ops[parts[1].strip().strip("'")] = parts[0]
    return kinds, ops

class Generator:
    def __init__(self, grammar, token_kinds, ops):
        self.g = grammar
        self.token_kinds = set(token_kinds)
        self.ops = ops
        self.rules = {r.name: r for r in grammar.rules}
        self.keywords = {}
        self.soft_keywords = set()
        self.extra_rules = []       # synthesized rules (groups, loops)
        self.counter = 0
        self.lookahead_fns = {}
        self.out = []

    # -- keyword collection and synthesized rules
    def collect(self):
        for r in list(self.g.rules):
            for alt in r.alts:
                self.collect_alt(alt)
        for kw in sorted(self.keywords):
            pass
        names = sorted(self.keywords)
        for i, kw in enumerate(names):
            self.keywords[kw] = 500 + i

    def collect_alt(self, alt):
        for _, it in alt.items:
            self.collect_item(it)

    def collect_item(self, it):
        if it.kind == 'kw':
            self.keywords.setdefault(it.value, None)
        elif it.kind == 'soft':
            self.soft_keywords.add(it.value)
        elif it.kind == 'op':
            if it.value not in self.ops:
                raise SystemExit(f"unknown operator {it.value!r}")
        elif it.kind == 'name':
            if it.value not in self.rules and it.value not in self.token_kinds \
                    and it.value != 'SOFT_KEYWORD':
                raise SystemExit(f"unknown rule or token {it.value}")
        elif it.kind == 'group':
            for a in it.value:
                self.collect_alt(a)
        if it.sub is not None:
            self.collect_item(it.sub)
        if it.sep is not None:
            self.collect_item(it.sep)

    # -- nullable and left recursion
    def analyze(self):
        nullable = {}
        changed = True
        def item_nullable(it):
            k = it.kind
            if k in ('opt', 'star', 'pos', 'neg', 'cut'):
                return True
            if k in ('plus', 'forced'):
                return item_nullable(it.sub)
            if k == 'gather':
                return item_nullable(it.sub)
            if k == 'group':
                return any(all(item_nullable(i) for _, i in a.items) for a in it.value)
            if k == 'name':
                return nullable.get(it.value, False)
            return False
        while changed:
            changed = False
            for r in self.g.rules:
                n = any(all(item_nullable(i) for _, i in a.items) for a in r.alts)
                if n and not nullable.get(r.name):
                    nullable[r.name] = True
                    changed = True
        self.nullable = nullable
        # leftmost rule references
        first = {}
        def leftmost(items, acc):
            for _, it in items:
                leftmost_item(it, acc)
                if not item_nullable(it):
                    break
        def leftmost_item(it, acc):
            k = it.kind
            if k == 'name' and it.value in self.rules:
                acc.add(it.value)
            elif k == 'group':
                for a in it.value:
                    leftmost(a.items, acc)
            elif k in ('opt', 'star', 'plus', 'gather', 'forced'):
                leftmost_item(it.sub, acc)
        for r in self.g.rules:
            acc = set()
            for a in r.alts:
                leftmost(a.items, acc)
            first[r.name] = acc
        # Left recursion: in each cycle of leftmost references some rule must
        # grow a seed (a "leader"). Rules are picked in grammar order until
        # removing the leaders leaves no cycle.
        def has_cycle(leaders):
            color = {}
            def visit(n):
                color[n] = 1
                for m in first[n]:
                    if m in leaders:
                        continue
                    c = color.get(m, 0)
                    if c == 1 or (c == 0 and visit(m)):
                        return True
                color[n] = 2
                return False
            return any(visit(n) for n in first if n not in leaders and n not in color)
        leaders = set()
        for r in self.g.rules:
            if r.name in first[r.name]:
                leaders.add(r.name)
        for r in self.g.rules:
            if not has_cycle(leaders):
                break
            if r.name not in leaders and self.on_cycle(r.name, first, leaders):
                leaders.add(r.name)
        for r in self.g.rules:
            r.left_rec = r.name in leaders

    def on_cycle(self, name, first, leaders):
        seen, stack = set(), [m for m in first[name] if m not in leaders]
        while stack:
            n = stack.pop()
            if n == name:
                return True
            if n in seen:
                continue
            seen.add(n)
            stack.extend(m for m in first[n] if m not in leaders or m == name)
        return False

    # -- emission helpers
    def emit(self, line=''):
        self.out.append(line)

    def new_name(self, prefix):
        self.counter += 1
        return f"{prefix}_{self.counter}"

    def synth(self, kind, it):
        """Makes a synthesized rule for a group/loop item; returns its name."""
        name = self.new_name({'group': '_tmp', 'star': '_loop0', 'plus': '_loop1',
                              'gather': '_gather', 'lookahead': '_la'}[kind])
        self.extra_rules.append((name, kind, it))
        return name

    def item_type(self, it):
        k = it.kind
        if k == 'name':
            if it.value in self.rules:
                return self.rules[it.value].ctype
            if it.value == 'NAME':
                return 'KrExpr *'
            return 'KrToken *'
        if k in ('kw', 'soft', 'op', 'forced'):
            return 'KrToken *'
        if k == 'opt':
            return self.item_type(it.sub)
        if k in ('star', 'plus', 'gather'):
            et = self.item_type(it.sub).replace(' ', '')
            m = re.match(r'^(Kr\w+)\*$', et)
            if m and m.group(1) in AST_SEQ_TYPES:
                return m.group(1) + 'Seq *'
            return 'KrSeq *'
        if k == 'group':
            alts = it.value
            if len(alts) == 1 and alts[0].action is None and len(alts[0].items) == 1:
                return self.item_type(alts[0].items[0][1])
            types = set()
            for a in alts:
                types.add(self.alt_type(a))
            return types.pop() if len(types) == 1 else 'void *'
        return 'void *'

    def alt_type(self, a):
        """The C type of an alternative's value: its single item's, or the
        type of the item its action names (`{ z }`), else void *."""
        if a.action is None:
            plain = [i for _, i in a.items if i.kind not in ('pos', 'neg', 'cut')]
            return self.item_type(plain[0]) if len(plain) == 1 else 'void *'
        for name, it in a.items:
            if name is not None and name == a.action.strip():
                return self.item_type(it)
        return 'void *'

    def call(self, it):
        """A C expression evaluating [it]: its value, or NULL on failure."""
        k = it.kind
        if k == 'name':
            if it.value in self.rules:
                return f"{it.value}_rule(p)"
            if it.value == 'NAME':
                return "kri_peg_name_token(p)"
            if it.value == 'SOFT_KEYWORD':
                return "kri_peg_soft_keyword_token(p)"
            return f"kri_peg_expect(p, KR_TOK_{it.value})"
        if k == 'kw':
            return f"kri_peg_expect(p, {self.keywords[it.value]}) /* '{it.value}' */"
        if k == 'soft':
            return f'kri_peg_expect_soft(p, "{it.value}")'
        if k == 'op':
            return f"kri_peg_expect(p, KR_TOK_{self.ops[it.value]}) /* '{it.value}' */"
        if k == 'forced':
            sub = it.sub
            if sub.kind in ('op', 'kw'):
                ttype = (f"KR_TOK_{self.ops[sub.value]}" if sub.kind == 'op'
                         else str(self.keywords[sub.value]))
                return f'kri_peg_expect_forced(p, {ttype}, "{sub.value}")'
            return f'kri_peg_forced(p, {self.call(sub)}, "{self.describe(sub)}")'
        if k == 'opt':
            return self.call(it.sub)
        if k in ('star', 'plus', 'gather'):
            cast = self.item_type(it)
            cast = '' if cast == 'KrSeq *' else f"({cast})"
            return f"{cast}{self.synth(k, it)}_rule(p)"
        if k == 'group':
            alts = it.value
            if len(alts) == 1 and alts[0].action is None and len(alts[0].items) == 1 \
                    and alts[0].items[0][1].kind not in ('pos', 'neg', 'cut'):
                return self.call(alts[0].items[0][1])
            return f"{self.synth('group', it)}_rule(p)"
        raise SystemExit(f"cannot call {it}")

    def describe(self, it):
        if it.kind == 'group':
            return "(" + " | ".join(" ".join(self.describe(i) for _, i in a.items)
                                    for a in it.value) + ")"
        if it.kind in ('op', 'kw', 'soft'):
            return f"'{it.value}'"
        return it.value or it.kind

    def lookahead(self, it, positive):
        sub = it
        if sub.kind in ('op', 'kw') or (sub.kind == 'name' and sub.value not in self.rules
                                        and sub.value not in ('NAME', 'SOFT_KEYWORD')):
            if sub.kind == 'op':
                ttype = f"KR_TOK_{self.ops[sub.value]}"
            elif sub.kind == 'kw':
                ttype = str(self.keywords[sub.value])
            else:
                ttype = f"KR_TOK_{sub.value}"
            return f"kri_peg_lookahead_token(p, {int(positive)}, {ttype})"
        key = repr((sub.kind, sub.value, repr(sub.sub)))
        if key not in self.lookahead_fns:
            self.lookahead_fns[key] = self.synth('lookahead', sub)
        return f"kri_peg_lookahead(p, {int(positive)}, {self.lookahead_fns[key]}_rule)"

    # -- rule bodies
    def gen_alts(self, rname, ctype, alts, memo_id=None):
        """Emits the alternatives; each success jumps to done with _res set."""
        for ai, alt in enumerate(alts):
            self.gen_alt(rname, ctype, alt)
        self.emit("    _res = NULL;")

    def gen_alt(self, rname, ctype, alt):
        has_cut = any(i.kind == 'cut' for _, i in alt.items)
        self.emit("    {")
        if has_cut:
            self.emit("        int _cut = 0;")
        varnames = []
        conds = []
        for idx, (name, it) in enumerate(alt.items):
            if it.kind == 'cut':
                conds.append("(_cut = 1)")
                continue
            if it.kind in ('pos', 'neg'):
                conds.append(self.lookahead(it.sub, it.kind == 'pos'))
                continue
            var = name or f"_v{idx}"
            typ = self.item_type(it)
            varnames.append((var, typ, name is not None))
            if it.kind == 'opt':
                conds.append(f"(({var} = {self.call(it)}), !p->error)")
            else:
                conds.append(f"({var} = {self.call(it)})")
        for var, typ, _ in varnames:
            sep = '' if typ.endswith('*') else ' '
            self.emit(f"        {typ}{sep}{var};")
            self.emit(f"        (void){var};")
        cond = "\n            && ".join(conds) if conds else "1"
        self.emit(f"        if ({cond}) {{")
        action = alt.action
        if action is None:
            named = [v for v, t, n in varnames]
            if len(varnames) == 1:
                action = varnames[0][0]
            else:
                action = "kri_peg_dummy(p)"
        uses_extra = 'EXTRA' in action
        if uses_extra:
            self.emit("            KrToken *_end = kri_peg_last_token(p);")
            self.emit("            int _end_lineno = _end->end_lineno, _end_col = _end->end_col_offset;")
        self.emit(f"            _res = ({ctype})({action});")
        self.emit("            if (_res == NULL && !p->error) kri_peg_action_failed(p);")
        self.emit("            goto done;")
        self.emit("        }")
        self.emit("        p->mark = _mark;")
        self.emit("        if (p->error) { _res = NULL; goto done; }")
        if has_cut:
            self.emit("        if (_cut) { _res = NULL; goto done; }")
        self.emit("    }")

    def rule_prologue(self, name):
        self.emit("    if (kri_peg_enter(p) < 0) return NULL;")
        self.emit("    int _mark = p->mark;")
        self.emit("    if (_mark == p->fill && kri_peg_fill(p) < 0) { p->depth--; return NULL; }")
        self.emit("    int _start_lineno = p->tokens[_mark]->tok.lineno, "
                  "_start_col = p->tokens[_mark]->tok.col_offset;")
        self.emit("    (void)_start_lineno; (void)_start_col;")

    def gen_rule(self, r, rule_id):
        ctype = r.ctype
        invalid = r.name.startswith('invalid_')
        if r.left_rec:
            self.emit(f"static {ctype}{r.name}_raw(KrParser *p);")
            self.emit(f"static {ctype}")
            self.emit(f"{r.name}_rule(KrParser *p)")
            self.emit("{")
            self.emit("    if (kri_peg_enter(p) < 0) return NULL;")
            self.emit("    void *_res = NULL;")
            self.emit("    int _mark = p->mark;")
            self.emit(f"    if (kri_peg_memo_get(p, {rule_id}, &_res)) {{ p->depth--; return _res; }}")
            self.emit("    if (p->error) { p->depth--; return NULL; }")
            self.emit("    int _resmark = p->mark;")
            self.emit("    for (;;) {")
            self.emit(f"        if (kri_peg_memo_put(p, _mark, {rule_id}, _res, _resmark) < 0) "
                      "{ p->depth--; return NULL; }")
            self.emit("        p->mark = _mark;")
            self.emit(f"        void *_raw = {r.name}_raw(p);")
            self.emit("        if (p->error) { p->depth--; return NULL; }")
            self.emit("        if (_raw == NULL || p->mark <= _resmark) break;")
            self.emit("        _resmark = p->mark;")
            self.emit("        _res = _raw;")
            self.emit("    }")
            self.emit("    p->mark = _resmark;")
            self.emit("    p->depth--;")
            self.emit("    return _res;")
            self.emit("}")
            self.emit("")
            self.emit(f"static {ctype}")
            self.emit(f"{r.name}_raw(KrParser *p)")
        else:
            self.emit(f"static {ctype}")
            self.emit(f"{r.name}_rule(KrParser *p)")
        self.emit("{")
        self.rule_prologue(r.name)
        self.emit(f"    {ctype}{'' if ctype.endswith('*') else ' '}_res = NULL;")
        # A *_without_invalid rule parses with the error rules switched off,
        # so that an error alternative can look at what follows it.
        without_invalid = r.name.endswith('_without_invalid')
        if without_invalid:
            self.emit("    bool _prev_invalid = p->call_invalid_rules;")
            self.emit("    p->call_invalid_rules = false;")
        if invalid:
            self.emit("    if (!p->call_invalid_rules) { p->depth--; return NULL; }")
        if r.memo and not r.left_rec:
            self.emit(f"    if (kri_peg_memo_get(p, {rule_id}, (void **)&_res)) {{ p->depth--; return _res; }}")
        self.gen_alts(r.name, ctype, r.alts)
        self.emit("done:")
        if without_invalid:
            self.emit("    p->call_invalid_rules = _prev_invalid;")
        if r.memo and not r.left_rec:
            self.emit(f"    if (!p->error && kri_peg_memo_put(p, _mark, {rule_id}, _res, p->mark) < 0) _res = NULL;")
        self.emit("    p->depth--;")
        self.emit("    return _res;")
        self.emit("}")
        self.emit("")

    def gen_extra(self, name, kind, it):
        if kind == 'group':
            ctype = self.item_type(it)
            self.emit(f"static {ctype}")
            self.emit(f"{name}_rule(KrParser *p)")
            self.emit("{")
            self.rule_prologue(name)
            self.emit(f"    {ctype}{'' if ctype.endswith('*') else ' '}_res = NULL;")
            self.gen_alts(name, ctype, it.value)
            self.emit("done:")
            self.emit("    p->depth--;")
            self.emit("    return _res;")
            self.emit("}")
            self.emit("")
            return
        if kind == 'lookahead':
            self.emit("static void *")
            self.emit(f"{name}_rule(KrParser *p)")
            self.emit("{")
            self.emit(f"    return (void *)({self.call(it)});")
            self.emit("}")
            self.emit("")
            return
        elem = it.sub
        self.emit("static KrSeq *")
        self.emit(f"{name}_rule(KrParser *p)")
        self.emit("{")
        self.emit("    if (kri_peg_enter(p) < 0) return NULL;")
        self.emit("    KrSeq *_res = NULL;")
        self.emit("    int _mark = p->mark;")
        self.emit("    KrPegVec _vec;")
        self.emit("    kri_peg_vec_init(&_vec);")
        self.emit("    void *_elem;")
        if kind == 'gather':
            sep = it.sep
            self.emit(f"    if (!(_elem = (void *)({self.call(elem)}))) goto fail;")
            self.emit("    if (kri_peg_vec_push(p, &_vec, _elem) < 0) goto fail;")
            self.emit("    for (;;) {")
            self.emit("        int _m2 = p->mark;")
            self.emit(f"        if (!({self.call(sep)}) || !(_elem = (void *)({self.call(elem)}))) {{")
            self.emit("            p->mark = _m2;")
            self.emit("            break;")
            self.emit("        }")
            self.emit("        if (kri_peg_vec_push(p, &_vec, _elem) < 0) goto fail;")
            self.emit("    }")
        else:
            self.emit("    for (;;) {")
            self.emit("        int _m2 = p->mark;")
            self.emit(f"        if (!(_elem = (void *)({self.call(elem)}))) {{")
            self.emit("            p->mark = _m2;")
            self.emit("            break;")
            self.emit("        }")
            self.emit("        if (kri_peg_vec_push(p, &_vec, _elem) < 0) goto fail;")
            self.emit("    }")
        self.emit("    if (p->error) goto fail;")
        if kind == 'plus':
            self.emit("    if (_vec.len == 0) goto fail;")
        self.emit("    _res = kri_peg_vec_finish(p, &_vec);")
        self.emit("    p->depth--;")
        self.emit("    return _res;")
        self.emit("fail:")
        self.emit("    kri_peg_vec_free(&_vec);")
        self.emit("    p->mark = _mark;")
        self.emit("    p->depth--;")
        self.emit("    return NULL;")
        self.emit("}")
        self.emit("")

    def generate(self, src_name):
        self.collect()
        self.analyze()
        body_start = len(self.out)
        # Memoized rules get small ids: a token's memo keeps a bit mask of them.
        memo_rules = [r.name for r in self.g.rules if r.memo or r.left_rec]
        if len(memo_rules) > 64:
            raise SystemExit("more than 64 memoized rules")
        rule_ids = {name: i for i, name in enumerate(memo_rules)}
        for r in self.g.rules:
            self.gen_rule(r, rule_ids.get(r.name, -1))
        done = 0
        while done < len(self.extra_rules):
            name, kind, it = self.extra_rules[done]
            self.gen_extra(name, kind, it)
            done += 1
        body = self.out[body_start:]
        self.out = self.out[:body_start]
        head = [f"/* Generated by tools/gen_parser.py from {src_name} and grammar/tokens.def;",
                " * do not edit. */"]
        head.append(self.g.directives.get('header', ''))
        head.append(self.keyword_table())
        head.append("/* Rules */")
        for r in self.g.rules:
            head.append(f"static {r.ctype}{'' if r.ctype.endswith('*') else ' '}{r.name}_rule(KrParser *p);")
        for name, kind, it in self.extra_rules:
            if kind == 'group':
                t = self.item_type(it)
                head.append(f"static {t}{'' if t.endswith('*') else ' '}{name}_rule(KrParser *p);")
            elif kind == 'lookahead':
                head.append(f"static void *{name}_rule(KrParser *p);")
            else:
                head.append(f"static KrSeq *{name}_rule(KrParser *p);")
        head.append("")
        tail = [self.g.directives.get('trailer', '')]
        return "\n".join(head + body + tail) + "\n"

    def keyword_table(self):
        lines = ["/* Keywords: token kinds from 500 in alphabetical order. */"]
        kws = sorted(self.keywords.items(), key=lambda kv: kv[1])
        lines.append("int")
        lines.append("kri_peg_keyword_type(const char *s, size_t len)")
        lines.append("{")
        lines.append("    switch (len) {")
        bylen = {}
        for kw, n in kws:
            bylen.setdefault(len(kw), []).append((kw, n))
        for ln in sorted(bylen):
            lines.append(f"    case {ln}:")
            for kw, n in bylen[ln]:
                lines.append(f'        if (memcmp(s, "{kw}", {ln}) == 0) return {n};')
            lines.append("        break;")
        lines.append("    }")
        lines.append("    return -1;")
        lines.append("}")
        lines.append("")
        lines.append("/* Soft keywords, NULL-terminated. */")
        lines.append("const char *const kri_peg_soft_keywords[] = {")
        for sk in sorted(self.soft_keywords):
            lines.append(f'    "{sk}",')
        lines.append("    NULL,")
        lines.append("};")
        lines.append("")
        return "\n".join(lines)

def main():
    gram_path, tokens_path = sys.argv[1], sys.argv[2]
    grammar = GrammarReader(open(gram_path, encoding='utf-8').read()).read()
    kinds, ops = read_token_def(tokens_path)
    gen = Generator(grammar, kinds, ops)
    sys.stdout.write(gen.generate(gram_path))

if __name__ == '__main__':
    main()
