# Uncaught exception raised by a function applied lazily through map() while list() consumes it.
def parse_pair(text):
    key, value = text.split("=")
    return key, int(value)
print(dict(map(parse_pair, ["a=1", "b=2"])))
lazy = map(parse_pair, ["c=3", "broken", "d=4"])
print("map object created, nothing parsed yet")
print(list(lazy))
