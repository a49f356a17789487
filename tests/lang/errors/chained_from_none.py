# Uncaught exception raised "from None": the context is suppressed and not displayed.
def to_number(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected a numeric string, got {text!r}") from None
print(to_number("12"))
try:
    to_number("x")
except TypeError as e:
    print("caught:", e, "| context kept but hidden:", repr(e.__context__), e.__suppress_context__)
to_number("twelve")
