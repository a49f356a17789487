def f():
    "Doc."
