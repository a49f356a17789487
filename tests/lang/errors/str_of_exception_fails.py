# An uncaught exception whose __str__ raises: CPython prints "<exception str() failed>".
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("cannot describe myself")
try:
    raise Weird("data")
except Weird as e:
    print("caught, repr still works:", repr(e))
print("raising uncaught")
raise Weird("data")
