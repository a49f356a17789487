# Notes on groups and their members, multi-line notes, and notes that are not strings.
class Note:
    def __str__(self):
        return "a note object"
def fail(n):
    e = ValueError(f"failure {n}")
    e.add_note(f"note for {n}")
    return e
inner = ExceptionGroup("inner", [fail(1), fail(2)])
inner.add_note("inner group note\nsecond line of it")
first = fail(0)
first.__notes__.append(Note())
first.add_note("")
first.add_note("ends with newline\n")
try:
    raise ExceptionGroup("outer", [first, inner])
except ExceptionGroup as e:
    e.add_note("outer note")
    raise
