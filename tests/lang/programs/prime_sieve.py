# Prime sieves and number theory: Eratosthenes, segmented sieve, factorization, gcd/lcm, Miller-Rabin.
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for p in range(2, int(n ** 0.5) + 1):
        if flags[p]:
            flags[p * p::p] = bytes(len(range(p * p, n + 1, p)))
    return [i for i, f in enumerate(flags) if f]

primes = sieve(100)
print(primes, len(sieve(10000)))

def sieve_list(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for p in range(2, n + 1):
        if p * p > n:
            break
        if is_p[p]:
            for k in range(p * p, n + 1, p):
                is_p[k] = False
    return [i for i in range(n + 1) if is_p[i]]
print(sieve_list(10000) == sieve(10000))

def segmented(lo, hi):
    base = sieve(int(hi ** 0.5) + 1)
    mark = [True] * (hi - lo)
    for p in base:
        start = max(p * p, (lo + p - 1) // p * p)
        for k in range(start, hi, p):
            mark[k - lo] = False
    return [lo + i for i, m in enumerate(mark) if m and lo + i > 1]
print(segmented(1000000, 1000100))

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

for n in (1, 2, 360, 97, 1001, 2**10 * 3**5, 600851475143):
    f = factorize(n)
    print(n, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()) or "1")

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(-48, 18), gcd(0, 5), lcm(4, 6))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print("lcm 1..20 =", total)

def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(90, 130) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1), is_probable_prime(2**89 - 1))
print(all(is_probable_prime(p) for p in sieve(5000)), sum(map(is_probable_prime, range(5000))))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins)
goldbach = {n: next((p, n - p) for p in primes if n - p in primes) for n in range(4, 40, 6)}
print(goldbach)
