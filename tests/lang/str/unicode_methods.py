# str methods over non-ASCII text: case mapping with length changes, splitting on Unicode spaces, isX.
samples = ["Straße", "ﬁsh", "İzmir", "ΟΔΥΣΣΕΥΣ", "ǆemal", "Ångström", "日本語テキスト", "naïve café"]
for s in samples:
    print(s, len(s), s.upper(), len(s.upper()), s.lower(), s.title(), s.casefold(), s.swapcase())
print("ΌΣΟΣ".lower(), "ΣΑΣ ΣΑΣ".lower(), "aΣ".lower(), "Σ".lower())
spaces = "a\u00a0b\u2000c\u3000d\u200be\u2028f"
print(spaces.split(), [c.isspace() for c in "\u00a0\u2000\u3000\u200b\u2028"])
print("١٢٣".isdigit(), int("١٢٣"), "Ⅻ".isnumeric(), "½".isnumeric(), "⁵".isdigit(), "⁵".isdecimal())
print("café".center(10, "·"), "日本".ljust(6, "＊"), "x".rjust(3, "é"))
print("ÉCOLE".startswith("É"), "école".endswith("le"), "über".find("b"), "niño".index("ñ"))
print("a\u0308" == "ä", len("a\u0308"), "a\u0308".upper(), "ä".upper())
print(sorted(["éclair", "eclair", "Eclair", "zèbre", "apple"]))
print("€100".encode("utf-8"), "€".isprintable(), "\u200b".isprintable(), "é".isidentifier())
print("İ".lower().encode("utf-8"), len("İ".lower()), "ß".upper(), "ß".capitalize())
print("ǅ".lower(), "ǅ".upper(), "ǅ".istitle(), "ǆungla".capitalize(), "ǆ".title())
print(" ".join(["日本", "中文", "한국어"]).split(), "一,二,三".split(","))
print("Ꭰ".lower(), "ꭰ".upper(), "ﬃ".casefold(), "ﬃ".upper())
print("\U0001F600".isprintable(), "\U0001F600".isalpha(), len("\U0001F600".encode("utf-16-le")))
print("ABC".translate({ord("A"): "Å", ord("B"): None}), "åäö".translate(str.maketrans("åäö", "aao")))
