# A bare raise in an except block re-raises with the original traceback lines plus the re-raise site.
def risky(n):
    return [1, 2, 3][n]
def wrapper(n):
    try:
        return risky(n)
    except IndexError:
        print("logging the failure for", n)
        raise
print(wrapper(1))
wrapper(10)
