# A small Markdown-to-HTML converter: headings, emphasis, code spans, links, lists, paragraphs, escaping.
def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def inline(text):
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "`":
            end = text.find("`", i + 1)
            if end != -1:
                out.append(f"<code>{escape(text[i + 1:end])}</code>")
                i = end + 1
                continue
        if text.startswith("**", i):
            end = text.find("**", i + 2)
            if end != -1:
                out.append(f"<strong>{inline(text[i + 2:end])}</strong>")
                i = end + 2
                continue
        if ch == "*":
            end = text.find("*", i + 1)
            if end != -1:
                out.append(f"<em>{inline(text[i + 1:end])}</em>")
                i = end + 1
                continue
        if ch == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                label, url = text[i + 1:close], text[close + 2:end]
                out.append(f'<a href="{escape(url)}">{inline(label)}</a>')
                i = end + 1
                continue
        out.append(escape(ch))
        i += 1
    return "".join(out)

def convert(md):
    html, para, list_kind = [], [], None
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        stripped = line.lstrip()
        if stripped.startswith("```"):
            flush_para(); close_list()
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(escape(lines[i]))
                i += 1
            html.append("<pre><code>" + "\n".join(body) + "</code></pre>")
        elif not stripped:
            flush_para(); close_list()
        elif stripped.startswith("#"):
            flush_para(); close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            if level > 6 or stripped[level:level + 1] != " ":
                para.append(stripped)
            else:
                html.append(f"<h{level}>{inline(stripped[level + 1:].strip())}</h{level}>")
        elif stripped[:2] in ("- ", "* ") or (stripped.split(". ", 1)[0].isdigit() and ". " in stripped):
            flush_para()
            kind = "ul" if stripped[:2] in ("- ", "* ") else "ol"
            if list_kind != kind:
                close_list()
                html.append(f"<{kind}>")
                list_kind = kind
            item = stripped[2:] if kind == "ul" else stripped.split(". ", 1)[1]
            html.append(f"  <li>{inline(item)}</li>")
        elif stripped.startswith("---") and set(stripped) == {"-"}:
            flush_para(); close_list()
            html.append("<hr>")
        else:
            close_list()
            para.append(stripped)
        i += 1
    flush_para(); close_list()
    return "\n".join(html)

DOC = """# Title with *emphasis*
Some **bold** text, `code <b>`, and a [link](http://x.org/?a=1&b=2).
This line continues the paragraph.

## Lists
- first item
- second with *stars* and `ticks`
1. one
2. two
10. ten

####### not a heading
#nospace
---
```
if a < b:
    print("hi")
```
Unclosed *emphasis and [broken link( stay as text & more.
"""
print(convert(DOC))
print(convert(""), repr(convert("\n\n")), convert("plain"), convert("**nested *em* inside**"))
print(inline("a*b"), inline("[x](y)[z](w)"), escape('<"&">'))
