for i, x in enumerate(xs):
    if x:
        break
    continue
else:
    done()
