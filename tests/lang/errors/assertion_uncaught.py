# Uncaught AssertionError with a message from an assert statement inside a function.
def mean(values):
    assert values, "mean() of an empty sequence"
    return sum(values) / len(values)
print(mean([2, 4, 6]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
data = []
print("computing mean of", data)
mean(data)
