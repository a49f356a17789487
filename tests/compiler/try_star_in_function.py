def f():
    try:
        a()
    except* E as eg:
        b(eg)
    return 1
