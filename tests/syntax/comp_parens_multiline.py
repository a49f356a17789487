result = [
    key, value
    for key, value in items
]
