# Tracebacks as objects: __traceback__, with_traceback, tb_next chains, frames and line numbers.
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
try:
    raise KeyError("k")
except KeyError as e:
    saved_tb = e.__traceback__
    print(type(saved_tb).__name__, saved_tb.tb_lineno, saved_tb.tb_next)
fresh = RuntimeError("fresh")
print(fresh.__traceback__)
same = fresh.with_traceback(saved_tb)
print(same is fresh, fresh.__traceback__ is saved_tb)
try:
    raise fresh
except RuntimeError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next is not None and tb.tb_next.tb_lineno)
fresh.__traceback__ = None
print(fresh.__traceback__)
try:
    fresh.__traceback__ = "bad"
except TypeError as e:
    print(type(e).__name__, e)
def reraise_keeps_frames():
    try:
        outer()
    except ValueError:
        raise
try:
    reraise_keeps_frames()
except ValueError as e:
    depth = 0
    tb = e.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("frames in traceback:", depth)
try:
    try:
        outer()
    except ValueError as e:
        raise TypeError("replacement").with_traceback(e.__traceback__)
except TypeError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)
def frame_locals():
    secret = 42
    raise ValueError
try:
    frame_locals()
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals["secret"])
print(fresh.with_traceback(None).__traceback__)
