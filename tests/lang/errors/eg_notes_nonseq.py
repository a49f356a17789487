# __notes__ that is not a sequence prints as its repr (CPython 3.11 adds no newline after it).
e = ValueError("odd notes")
e.__notes__ = 42
inner = TypeError("tuple notes")
inner.__notes__ = ("first", "second")
raise ExceptionGroup("with odd notes", [inner, e])
