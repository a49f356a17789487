# Three chained exceptions mixing implicit context and explicit cause; oldest printed first.
class StorageError(Exception):
    pass
def low_level():
    return {}["sector"]
def mid_level():
    try:
        low_level()
    except KeyError:
        raise OSError("read failed")
def high_level():
    try:
        mid_level()
    except OSError as e:
        raise StorageError("could not load document") from e
print("starting")
high_level()
