# An uncaught exception with no arguments shows just the class name on the last line.
class Stop(Exception):
    pass
def work(n):
    if n > 2:
        raise Stop
    return n
print([work(i) for i in range(3)])
work(3)
