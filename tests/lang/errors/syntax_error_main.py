# The main script itself does not compile: CPython prints the SyntaxError with a caret and exits with
# status 1 before running anything, so nothing is printed on stdout.
print("this line never runs")
values = [1, 2, 3
print(values)
