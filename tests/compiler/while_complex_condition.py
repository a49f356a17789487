while a and (b or c) and d < e < f:
    a = g()
