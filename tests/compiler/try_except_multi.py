try:
    a()
except (E, F) as e:
    b()
except G:
    c()
except:
    d()
