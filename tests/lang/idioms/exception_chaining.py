# Exception chaining and scoping in handlers: raise from, implicit __context__, from None, unbound names, nested finally.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__cause__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(type(e).__name__, e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

e = "before"
try:
    raise ValueError("bound")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def nested_finally():
    order = []
    try:
        try:
            order.append(1)
            raise IndexError
        finally:
            order.append(2)
    except IndexError:
        order.append(3)
    finally:
        order.append(4)
    return order
print(nested_finally())
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen_with_finally()
for v in g:
    print("got", v)
    break
print("after loop")
g.close()
print("closed", g.gi_frame)
