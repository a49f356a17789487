# Markers on a long line where the failing call is in the middle of the expression.
def norm(values):
    top = max(values)
    return [v / top for v in values]
def scale(values, factor):
    return [v * factor for v in values]
data = [1, 2, 3]
print(norm(data), scale(data, 2))
result = scale(norm(data), 10) + scale(norm([]), 10) + scale(norm(data), 100)
