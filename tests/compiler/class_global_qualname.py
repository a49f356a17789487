def f():
    global C
    class C:
        def m(self):
            pass
