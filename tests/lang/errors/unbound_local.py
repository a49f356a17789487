# Uncaught UnboundLocalError: a name assigned later in the function is read first.
count = 0
def increment_wrong():
    count += 1
    return count
def increment_right():
    global count
    count += 1
    return count
print(increment_right(), increment_right())
increment_wrong()
