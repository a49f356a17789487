x = (a if b else c) if (d if e else f) else (g if h else i)
