# input() reading from an empty stdin raises EOFError; prompts go to stdout first.
try:
    value = input("prompt> ")
    print("read", repr(value))
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
def read_all():
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            break
    return lines
print(read_all())
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __str__(self):
        return "custom-prompt: "
try:
    input(P())
except EOFError:
    print("<- prompt came from __str__")
print(callable(input), input.__name__)
attempts = 0
while attempts < 3:
    attempts += 1
    try:
        input()
        break
    except EOFError:
        continue
print("attempts", attempts)
try:
    input(end="x")
except TypeError as e:
    print(type(e).__name__, e)
print("done")
