def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    left = [x for x in rest if x < pivot]
    right = [x for x in rest if x >= pivot]
    return quicksort(left) + [pivot] + quicksort(right)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


primes = [n for n in range(2, 100) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
table = {n: n * n for n in range(10) if n % 2 == 0}
