a = 'héllo wörld'
b = '日本語テキスト'
c = '😀 emoji 🐍'
d = 'mixed é' + x + '€'
e = """Ünïcödé
across lines ✓"""
f = (x, 'ü', y)
