class C:
    __x = 1
    def f(self):
        return self.__y + __z
