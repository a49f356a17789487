# type.__subclasses__() of the builtin exception classes, and user classes joining them.
print(sorted(c.__name__ for c in BaseException.__subclasses__()))
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print(sorted(c.__name__ for c in UnicodeError.__subclasses__()))
print(sorted(c.__name__ for c in SyntaxError.__subclasses__()), IndentationError.__subclasses__())
print("ExceptionGroup" in [c.__name__ for c in Exception.__subclasses__()])
class AppError(ValueError):
    pass
class DeepError(AppError):
    pass
print([c.__name__ for c in AppError.__subclasses__()], AppError in ValueError.__subclasses__())
print(ZeroDivisionError.__subclasses__(), TabError.__subclasses__())
