"""spectral-norm: estimate the largest singular value of the infinite matrix
A[i][j] = 1 / ((i + j) * (i + j + 1) / 2 + i + 1), truncated to N x N, by
power iteration on A^T A.

Stresses: float division and accumulation in nested loops, function calls
in the innermost loop, list building with comprehensions, sum()."""

N = 560
ITERATIONS = 10


def entry(i, j):
    ij = i + j
    return 1.0 / ((ij * (ij + 1) >> 1) + i + 1)


def times_a(u):
    n = len(u)
    return [sum(entry(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_a_transposed(u):
    n = len(u)
    return [sum(entry(j, i) * u[j] for j in range(n)) for i in range(n)]


def times_ata(u):
    return times_a_transposed(times_a(u))


def main():
    u = [1.0] * N
    v = u
    for _ in range(ITERATIONS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for ui, vi in zip(u, v):
        vbv += ui * vi
        vv += vi * vi
    print(f"{(vbv / vv) ** 0.5:.9f}")


main()
