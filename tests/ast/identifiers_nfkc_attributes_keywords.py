obj.ﬁeld = 1
f(ｋｅｙ=1)
def ｇ(ｐａｒａｍ):
    return ｐａｒａｍ
import ｍｏｄ
class Ｃ:
    ｘ: int
