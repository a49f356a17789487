def f():
    if x:
        return 1


    # comment

    return 2



class C:
    pass
    # trailing comment
