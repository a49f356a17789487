@dec
def f(a: int, b: str = 'x') -> bool:
    '''Doc.'''
    return a
