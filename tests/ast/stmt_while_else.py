while x > 0:
    x -= 1
else:
    print('done')
