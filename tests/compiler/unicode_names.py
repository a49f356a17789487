def fé(ñ):
    return ñ.attr
class Ça:
    __ü = 1
