try:
    pass
except E:
    x: int
