# Uncaught exception raised by code run through eval(): the frame's file is "<string>", no source line.
print(eval("2 ** 10"))
env = {"x": 5}
print(eval("x * 3", env))
expression = "x / (x - 5)"
print("evaluating", expression)
eval(expression, env)
