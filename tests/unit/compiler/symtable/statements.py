# Every statement that binds, in CPython's visiting order.
import os.path, sys as system
from . import rel
from .. pkg import thing as other
from m import *

def f(pos, /, normal, *args, kwonly, kw2=2, **kwargs):
    try:
        t = 1
    except ValueError as err:
        e1 = err
    except* TypeError as err2:
        pass
    else:
        el = 1
    finally:
        fin = 1
    for i, (j, *k) in pairs:
        pass
    else:
        after = 1
    while cond:
        w = 1
    with ctx() as (c1, c2), ctx2() as c3:
        pass
    del deleted
    aug += 1
    a = b = c = value
    a.attr, a[sub] = 1, 2
    match subject:
        case [1, 2, *rest]:
            pass
        case {"key": kv, **others}:
            pass
        case Point(x=px, y=py) | Point(px, py) as whole:
            pass
        case str() | bytes() if guard:
            pass
        case _:
            pass
    assert check, message
    raise Exc from cause
    return f"{fmt!r:{width}}"

def g():
    def g():
        return g
    class g:
        pass
    lambda g=g: g
    return g

@decorator(arg)
@other.decorator
def decorated(x=default, *, y=kwdefault):
    pass

@cls_decorator
class K(Base, metaclass=Meta, **kw):
    pass
