# try/except/else/finally flows: order of clauses, return in finally, re-raise, loops with break/continue.
def flow(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            raise KeyError("two")
        if n == 3:
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except ValueError {e}")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__} {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for n in range(4):
    print(n, flow(n))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(finally_overrides(), finally_swallows())

def reraise(kind):
    try:
        try:
            raise kind("inner")
        except ValueError:
            print("  handling ValueError, re-raising")
            raise
        finally:
            print("  inner finally")
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(reraise(ValueError))
print(reraise(TypeError))

out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
    finally:
        print("attempt", count, "done")
print("succeeded after", count)

def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            value = int(item)
        except (TypeError, ValueError) as exc:
            bad.append((item, type(exc).__name__))
        else:
            good.append(value)
    return good, bad
print(parse_all(["1", "x", None, "  42 ", "3.5", 7, b"8"]))

