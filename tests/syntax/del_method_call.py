del a.b()
