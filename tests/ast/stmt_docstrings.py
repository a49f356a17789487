'''Module docstring.'''
def f():
    """Function docstring."""
class C:
    'class docstring'
