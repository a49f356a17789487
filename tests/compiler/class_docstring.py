class C:
    """Doc."""
    y = 2
