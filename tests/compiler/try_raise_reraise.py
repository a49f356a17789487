try:
    a()
except E:
    raise
