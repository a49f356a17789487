f = lambda x=[i for i in y]: x
