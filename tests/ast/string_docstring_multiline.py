def f():
    """Summary line.

    More text with 'quotes' and \\ backslashes.
    """
    return None
