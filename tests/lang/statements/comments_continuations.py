# -*- coding: utf-8 -*-
# Source-level details: comments everywhere, explicit and implicit line joining, blank lines, docstrings.
value = (1 +  # comment inside parentheses
         2 +
         # a full-line comment inside an expression
         3)
print(value)
total = 1 + \
        2 + \
        3
print(total)
items = [
    "a",
    "b",  # trailing comment
    "c",
]
print(items)
mapping = {
    "k": 1,

    "j": 2,
}
print(mapping)
def f(a,
      b=2,
      *args,
      **kw):  # comment after colon
    """Docstring after a multi-line signature."""

    # comment line


    return a + b
print(f(1), f.__doc__)
if (value > 5 and
        total > 5):
    print("multi-line condition")
s = "a string with # not a comment"
print(s, len(s))
t = """triple-quoted # also not a comment
    second line"""
print(t.splitlines())
x = 1; y = 2  # two statements, one comment
print(x + y)
print("backslash continuation inside string \
joins lines")
result = [n for n in range(10)  # comprehension comment
          if n % 2   # another
          ]
print(result)
class K:  # class comment
    # body comment
    attr = 1  # attribute comment
print(K.attr)
lambda_value = (lambda q:
                q * 2)(21)
print(lambda_value)
nested = [[1, 2],
          [3, 4]]; print(nested)
#
#   comment block at the end
#
