# Uncaught TypeError from a binary operator between incompatible operands.
def label(count, noun):
    return count + " " + noun
def label_fixed(count, noun):
    return str(count) + " " + noun
print(label_fixed(3, "apples"))
try:
    label(3, "apples")
except TypeError as e:
    print("caught:", e)
prices = {"apple": 1.25, "pear": 2}
total = sum(prices.values())
print("total", total)
summary = "total: " + total
print(summary)
