class C(Base:
    pass
