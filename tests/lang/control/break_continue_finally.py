# break and continue inside try/finally and with blocks: finally always runs, ordering of output.
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally before break", i)
print("after loop", i)
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
    def __exit__(self, *exc):
        print("  exit", self.name)
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 2:
            break
        print("  inside with", i)
def nested():
    for outer in range(2):
        try:
            for inner in range(3):
                try:
                    if inner == 1:
                        break
                    print("inner body", outer, inner)
                finally:
                    print("inner finally", outer, inner)
        finally:
            print("outer finally", outer)
nested()
n = 0
while n < 3:
    n += 1
    try:
        try:
            if n == 2:
                continue
        finally:
            print("deep finally", n)
    finally:
        print("shallow finally", n)
def break_overrides_exception():
    for i in range(1):
        try:
            raise ValueError("discarded by break")
        finally:
            break
    return "exception was discarded"
print(break_overrides_exception())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
for i in range(2):
    try:
        pass
    except Exception:
        pass
    else:
        if i == 0:
            continue
        print("else branch reached", i)
