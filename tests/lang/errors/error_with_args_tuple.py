# Uncaught exception created with several arguments: the message line shows the args tuple.
class ParseError(Exception):
    pass
try:
    raise ParseError("line", 3)
except ParseError as e:
    print("str of a two-argument exception:", e)
raise ParseError("unexpected token", 7, ";")
