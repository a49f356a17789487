# An exception raised in a finally block replaces the one in flight; the first becomes its context.
def transfer(amount):
    log = []
    try:
        if amount > 100:
            raise ValueError(f"amount too large: {amount}")
        log.append("transferred")
    finally:
        log.append("audit")
        if amount > 100:
            log_file = None
            log_file.write("audit entry")
    return log
print(transfer(50))
transfer(500)
