# SystemExit with a string: the message goes to stderr and the exit status is 1.
errors = []
for item in ["ok", "bad", "ok"]:
    if item == "bad":
        errors.append(item)
print("found", len(errors), "error(s)")
if errors:
    raise SystemExit(f"fatal: {len(errors)} bad item(s)")
print("never")
