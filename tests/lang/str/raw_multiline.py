# Raw strings, triple-quoted strings, implicit concatenation and line continuation.
print(r"C:\new\table", R"\d+\.\d*", r"\\", r"\"quoted\"", len(r"\""))
print(r"""raw
triple \n""")
text = """First line
    indented line
Last line with 'quotes' and "doubles\""""
print(text)
print(text.splitlines())
print('''a\
b''')
msg = ("implicit "
       "concatenation "
       'across quotes '
       """and triple""")
print(msg)
print("a" "b", "a" 'b' """c""", ("x"
"y"))
print(r"a" "\tb" r"\tc")
long = "start \
middle \
end"
print(long)
x = 1 + \
    2 + \
    3
print(x)
empty = """"""
print(repr(empty), repr(''''''), repr(""""a" """))
print(repr("""line1
line2
"""))
doc = """\
No leading newline
because of the backslash.\
"""
print(repr(doc))
def f():
    """Docstring of f.

    With a second paragraph.
    """
print(repr(f.__doc__))
class K:
    "class docstring"
print(K.__doc__, (lambda: None).__doc__)
print(len("""
"""), """'""", '''"''')
print(r'\'', r"\'" == "\\'", rb"\x00", Rb"\n", bR"raw")
