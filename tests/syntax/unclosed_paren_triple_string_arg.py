s = f("""
abc
"""
