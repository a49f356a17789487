# Markers under a source line that contains non-ASCII characters before the failing expression.
prices = {"café": 3.5, "thé": 2.0}
print(prices["café"], prices["thé"])
résumé = "naïve façade"
print(résumé.upper())
total = prices["café"] + prices["chocolat chaud"]
