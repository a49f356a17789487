def f():
    '''
