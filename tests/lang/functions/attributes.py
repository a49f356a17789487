# Function attributes: __name__, __qualname__, __module__, __doc__, __defaults__, __kwdefaults__,
# __code__ fields, __annotations__, __dict__, __globals__, and assignment rules.
def sample(a, b: int = 2, *args, c: str = "x", d, **kwargs) -> bool:
    """Sample docstring."""
    local_one = a
    local_two = b
    return True
print(sample.__name__, sample.__qualname__, sample.__module__, sample.__doc__)
print(sample.__defaults__, sample.__kwdefaults__, sample.__annotations__)
code = sample.__code__
print(code.co_name, code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames)
print(code.co_nlocals, bool(code.co_flags & 0x04), bool(code.co_flags & 0x08), code.co_filename.endswith("attributes.py"))
print(code.co_firstlineno, type(code.co_code).__name__, code.co_qualname)
def pos(a, b, /, c):
    pass
print(pos.__code__.co_posonlyargcount, pos.__code__.co_argcount, pos.__code__.co_varnames)
sample.custom = "attached"
sample.__dict__["other"] = 1
print(sample.custom, sorted(sample.__dict__))
print(sample.__globals__ is globals(), "sample" in sample.__globals__, sample.__closure__)
sample.__name__ = "renamed"
sample.__qualname__ = "Qual.renamed"
sample.__doc__ = None
print(sample.__name__, sample.__qualname__, sample.__doc__)
try:
    sample.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    sample.__code__ = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    del sample.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    sample.__globals__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
def no_doc():
    pass
def doc_not_first():
    x = 1
    "not a docstring"
print(no_doc.__doc__, doc_not_first.__doc__, no_doc.__annotations__, no_doc.__defaults__)
class K:
    def method(self):
        def local():
            pass
        return local
print(K.method.__qualname__, K().method().__qualname__, K.method.__name__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__code__.co_consts[1].co_name if False else "skip consts")
def swap_code_target():
    return "original"
def other_code():
    return "other"
swap_code_target.__code__ = other_code.__code__
print(swap_code_target())
def annotated(x: "forward ref", y: list[int] = None) -> "ret":
    pass
print(annotated.__annotations__)
annotated.__annotations__ = {"new": int}
print(annotated.__annotations__)
print(type(sample).__name__, callable(sample), sample.__class__.__name__)
