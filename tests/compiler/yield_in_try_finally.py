def g():
    try:
        yield 1
        yield 2
    finally:
        cleanup()
