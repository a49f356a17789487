# except* with invalid clauses: non-exception types, group types, and what happens to the exception.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        print("    context:", repr(e.__context__))

def star(exc, clause_type):
    def fn():
        try:
            raise exc
        except* clause_type:
            print("    handled")
    return fn

attempt("catch ExceptionGroup", star(ExceptionGroup("eg", [ValueError(1)]), ExceptionGroup))
attempt("catch BaseExceptionGroup", star(ValueError(1), BaseExceptionGroup))
attempt("tuple containing a group type", star(ValueError(1), (TypeError, ExceptionGroup)))

class MyGroup(ExceptionGroup):
    pass
attempt("catch a group subclass", star(ValueError(1), MyGroup))
attempt("catch an int", star(ValueError(1), 42))
attempt("catch a string", star(ExceptionGroup("eg", [ValueError(1)]), "ValueError"))
attempt("tuple with a non-class", star(ValueError(1), (ValueError, None)))
attempt("catch an instance", star(ValueError(1), ValueError()))
attempt("object class", star(ValueError(1), object))
attempt("empty tuple", star(ValueError(1), ()))

def bad_type_not_reached():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("    first clause handles everything")
    except* ExceptionGroup:
        print("    never")
attempt("bad clause after everything matched", bad_type_not_reached)

def handler_error():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        1 / 0
    except* TypeError:
        [][1]
attempt("errors inside clauses", handler_error)

class BadSplit(ExceptionGroup):
    def split(self, matcher):
        raise RuntimeError("split refused")
attempt("split raising", star(BadSplit("b", [ValueError(1), TypeError(2)]), ValueError))

class TracingSplit(ExceptionGroup):
    def split(self, matcher):
        print("    split called with", matcher.__name__)
        return super().split(matcher)
attempt("split overridden", star(TracingSplit("t", [ValueError(1), TypeError(2)]), ValueError))
