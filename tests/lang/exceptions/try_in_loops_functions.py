# try statements interacting with loops, returns, generators and nested functions.
def parse_all(items):
    out, errors = [], []
    for item in items:
        try:
            value = int(item)
        except ValueError:
            errors.append(item)
            continue
        else:
            out.append(value)
        finally:
            pass
    return out, errors
print(parse_all(["1", "x", "3", "", "5"]))
def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            pass
    return None
print(first_valid(["a", "b", "7", "8"]), first_valid([]))
def retry(fn, attempts):
    last = None
    for n in range(1, attempts + 1):
        try:
            return fn(n)
        except RuntimeError as e:
            last = e
            print("  attempt", n, "failed:", e)
    raise RuntimeError(f"all {attempts} attempts failed") from last
def flaky(n):
    if n < 3:
        raise RuntimeError(f"flake {n}")
    return f"ok on {n}"
print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)
def counting():
    count = 0
    while True:
        try:
            count += 1
            if count == 3:
                break
        finally:
            print("  finally", count)
    return count
print(counting())
def gen_with_try():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("skip one")
            yield i
        except ValueError:
            yield "recovered"
print(list(gen_with_try()))
def outer():
    def inner():
        raise KeyError("from inner")
    try:
        inner()
    except KeyError as e:
        return f"outer caught {e}"
print(outer())
results = []
for divisor in [2, 0, "x", 5]:
    try:
        results.append(10 / divisor)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError:
        results.append("type")
print(results)
