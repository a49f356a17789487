# Uncaught exception in an expression spanning several lines: the traceback shows the line of the failing call.
rates = {"usd": 1.0, "eur": 0.9}
def convert(amount, currency):
    return amount * rates[currency]
print(convert(10, "eur"))
total = (
    convert(5, "usd")
    + convert(7, "gbp")
    + convert(1, "eur")
)
print(total)
