del a+b
