# The main script has inconsistent indentation: IndentationError at compile time, exit status 1.
def greet(name):
    message = "hello " + name
      return message
print(greet("world"))
