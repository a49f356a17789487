# divmod and true division across int sizes; results exactly rounded.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 5))
print(divmod(10**30, 7), divmod(-(10**30), 7))
print(divmod(17, 5.0), divmod(-17, 5.0), divmod(17.5, 5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)

print(1 / 3, 2 / 3, 10 / 4, -10 / 4, 1 / 7, 22 / 7)
print(9007199254740993 / 1, (2**53 + 1) / 2, 10**22 / 10, 10**23 / 10)
print(1 / 2**1074 if False else 2**-1074, 1 / 10**300, 10**308 / 10**-10 if False else 1e308)
print((10**50 + 1) / (10**50), (10**50 * 3) / (10**50))
print(123456789123456789 / 1000, 4 / 2, type(4 / 2).__name__)
print(-0 / 5, 0 / -5, (0 / -5).__repr__())
print(2**1023 * 2 // 2**1023, 2**1023 / 2**1022)
try:
    print(2**1024 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1024 / 2**1023)
print(1 / 2**1080 if False else (1 / (2**1080)))
print(7 // 2, 7 / 2, 7 % 2, -(7 // -2), round(7 / 2))
