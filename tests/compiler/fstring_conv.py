x = f"{a!r} {b!s} {c!a}"
