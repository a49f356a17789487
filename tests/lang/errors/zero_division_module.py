# Uncaught ZeroDivisionError at module level: traceback with ~^~ markers under a binary operation.
def average(values):
    return sum(values) / len(values)
print("average of 1..4:", average([1, 2, 3, 4]))
caught = []
for bucket in ([1, 2], [], [5]):
    try:
        caught.append(average(bucket))
    except ZeroDivisionError as e:
        caught.append(f"{type(e).__name__}: {e}")
print(caught)
numerator = 10
denominator = len(caught) - 3
print("about to divide", numerator, "by", denominator)
result = numerator / denominator
print("never printed", result)
