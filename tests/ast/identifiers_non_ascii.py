café = 1
naïve = café + 1
π = 3.14159
日本 = 'japan'
переменная = 2
x·y = 3
Σ = sum
_ñ = None
