"""fannkuch-redux: for every permutation of 0..n-1, repeatedly reverse the
prefix whose length is one more than the first element until the first
element is 0 ("pancake flips"); report a signed checksum of the flip counts
and the largest count.

Stresses: list slicing and slice assignment, reversed slices, integer
comparisons, tight while loops."""

N = 9
ROUNDS = 4


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        # Reverse the prefix p[0..first] in place.
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    # counters[r] says how many more left-rotations of the prefix of length
    # r + 1 are due before the next longer prefix rotates once.
    counters = [0] * n
    checksum = 0
    max_flips = 0
    index = 0
    r = n
    while True:
        while r != 1:
            counters[r - 1] = r
            r -= 1
        flips = count_flips(perm) if perm[0] else 0
        if flips > max_flips:
            max_flips = flips
        checksum += flips if index % 2 == 0 else -flips
        index += 1
        # Step to the next permutation: rotate prefixes left until a counter
        # still has rotations to give.
        while True:
            if r == n:
                return checksum, max_flips, index
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            counters[r] -= 1
            if counters[r] > 0:
                break
            r += 1


def main():
    # The same work several times: n = 10 would take ten times as long.
    for _ in range(ROUNDS):
        checksum, max_flips, count = fannkuch(N)
    print(count)
    print(checksum)
    print(f"Pfannkuchen({N}) = {max_flips}")


main()
