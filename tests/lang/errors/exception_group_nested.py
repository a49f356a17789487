# Uncaught nested ExceptionGroup, including a chained sub-exception, as printed by CPython 3.11.
def inner_failure():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("inner value error") from e
errors = []
try:
    inner_failure()
except ValueError as e:
    errors.append(e)
errors.append(TypeError("plain type error"))
inner = ExceptionGroup("inner group", [OSError("disk"), RuntimeError("runtime")])
print("raising a nested group")
raise ExceptionGroup("outer group", [*errors, inner])
