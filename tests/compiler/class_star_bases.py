class C(*bases):
    pass
