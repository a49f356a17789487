# Non-ASCII identifiers: letters from many scripts, NFKC normalisation of names, invalid characters.
café = "coffee"
π = 3.14159
日本 = "Japan"
Δx = 0.5
naïve_count = 2
print(café, π, 日本, Δx, naïve_count)
def grüß(name):
    return f"Grüß dich, {name}"
print(grüß("Welt"))
class Ünïcödé:
    größe = 10
    def méthode(self):
        return self.größe * 2
print(Ünïcödé().méthode(), Ünïcödé.__name__)
ﬁle = "ligature name"
print(file, "ﬁle" in globals(), "file" in globals())
ℌ = "double-struck capital H"
print(H)
ｗｉｄｅ = "fullwidth letters"
print(wide)
print(sorted(k for k in globals() if not k.isascii()))
for src in ["x€ = 1", "2x = 1", "a-b = 1", "😀 = 1", "x\u200b = 1", "℘ = 1", "℮ = 1", "ǅ = 1", "_日本_ = 1"]:
    try:
        compile(src, "<id>", "exec")
        print("valid:  ", repr(src))
    except SyntaxError as e:
        print("invalid:", repr(src), "->", e.msg)
print("ǅ".isidentifier(), "x€".isidentifier(), "ℌ".isidentifier(), "℘".isidentifier(), "１".isidentifier())
ns = {}
exec("ｆｕｌｌ = 1", ns)
print([k for k in ns if k != "__builtins__"])
print(getattr(Ünïcödé, "größe"), hasattr(Ünïcödé, "grösse"))
d = dict(ключ="значение", κλειδί="τιμή")
print(d)
def kwargs(**kw):
    return list(kw)
print(kwargs(変数=1, ﬁ=2))
