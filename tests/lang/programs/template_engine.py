# A tiny template engine: {{ var }} substitution with filters and dotted lookups, {% for %} and {% if %} blocks.
class TemplateError(Exception):
    pass

FILTERS = {
    "upper": str.upper, "lower": str.lower, "title": str.title, "length": len,
    "strip": str.strip, "reverse": lambda v: v[::-1], "first": lambda v: v[0],
    "join": lambda v: ", ".join(map(str, v)), "money": lambda v: f"${v:,.2f}",
}

def lookup(path, ctx):
    parts = path.split(".")
    if parts[0] not in ctx:
        raise TemplateError(f"undefined variable {parts[0]!r}")
    value = ctx[parts[0]]
    for p in parts[1:]:
        if isinstance(value, dict):
            if p not in value:
                raise TemplateError(f"{path!r}: no key {p!r}")
            value = value[p]
        elif p.isdigit():
            value = value[int(p)]
        else:
            value = getattr(value, p)
    return value

def evaluate(expr, ctx):
    name, *filters = [s.strip() for s in expr.split("|")]
    if name.startswith(("'", '"')):
        value = name[1:-1]
    elif name.lstrip("-").isdigit():
        value = int(name)
    else:
        value = lookup(name, ctx)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError(f"unknown filter {f!r}")
        value = FILTERS[f](value)
    return value

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        start = min((p for p in (src.find("{{", i), src.find("{%", i)) if p != -1), default=-1)
        if start == -1:
            tokens.append(("text", src[i:]))
            break
        if start > i:
            tokens.append(("text", src[i:start]))
        close = "}}" if src.startswith("{{", start) else "%}"
        end = src.find(close, start)
        if end == -1:
            raise TemplateError(f"unclosed tag at offset {start}")
        kind = "var" if close == "}}" else "tag"
        tokens.append((kind, src[start + 2:end].strip()))
        i = end + 2
    return tokens

def render_tokens(tokens, ctx):
    out, i = [], 0
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "text":
            out.append(value)
        elif kind == "var":
            out.append(str(evaluate(value, ctx)))
        else:
            words = value.split()
            depth, j = 1, i + 1
            while j < len(tokens):
                if tokens[j][0] == "tag":
                    head = tokens[j][1].split()[0]
                    if head in ("for", "if"):
                        depth += 1
                    elif head in ("endfor", "endif"):
                        depth -= 1
                        if depth == 0:
                            break
                j += 1
            else:
                raise TemplateError(f"missing end tag for {value!r}")
            body = tokens[i + 1:j]
            if words[0] == "for" and len(words) == 4 and words[2] == "in":
                seq = evaluate(words[3], ctx)
                for n, item in enumerate(seq):
                    out.append(render_tokens(body, {**ctx, words[1]: item, "loop": {"index": n + 1, "last": n == len(seq) - 1}}))
            elif words[0] == "if":
                negate = words[1] == "not"
                cond = bool(evaluate(" ".join(words[2 if negate else 1:]), ctx))
                if cond != negate:
                    out.append(render_tokens(body, ctx))
            else:
                raise TemplateError(f"bad tag {value!r}")
            i = j
        i += 1
    return "".join(out)

def render(src, **ctx):
    return render_tokens(tokenize(src), ctx)

ctx = {"user": {"name": "ada lovelace", "roles": ["admin", "dev"]}, "items": [("pen", 1.5), ("book", 12.0), ("lamp", 30.25)],
       "empty": [], "title": "  Report  "}
print(render("Hello {{ user.name | title }}! Roles: {{ user.roles | join | upper }}.", **ctx))
print(render("[{{ title | strip }}] first role: {{ user.roles.0 }}, {{ user.roles | length }} roles", **ctx))
print(render("{% for it in items %}{{ loop.index }}. {{ it.0 }} {{ it.1 | money }}{% if not loop.last %}; {% endif %}{% endfor %}", **ctx))
print(render("{% if empty %}has items{% endif %}{% if not empty %}nothing here{% endif %}", **ctx))
print(render("{% for r in user.roles %}<{% for c in r %}{{ c | upper }}{% endfor %}>{% endfor %}", **ctx))
print(render("literal {{ 'text' | reverse }} and {{ 42 }} and no tags"), render(""))
for bad in ("{{ missing }}", "{{ user.age }}", "{{ user.name | shout }}", "{% for x in items %}no end", "{{ open",
            "{% while x %}{% endwhile %}", "{{ user.roles.5 }}"):
    try:
        print(render(bad, **ctx))
    except (TemplateError, IndexError) as e:
        print(type(e).__name__, e)
