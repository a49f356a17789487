match x:
    case 0:
        f0()
    case 1:
        f1()
    case 2:
        f2()
    case 3:
        f3()
    case 4:
        f4()
    case 5:
        f5()
    case 6:
        f6()
    case 7:
        f7()
    case 8:
        f8()
    case 9:
        f9()
    case 10:
        f10()
    case 11:
        f11()
    case 12:
        f12()
    case 13:
        f13()
    case 14:
        f14()
    case 15:
        f15()
    case 16:
        f16()
    case 17:
        f17()
    case 18:
        f18()
    case 19:
        f19()
    case 20:
        f20()
    case 21:
        f21()
    case 22:
        f22()
    case 23:
        f23()
    case 24:
        f24()
    case 25:
        f25()
    case 26:
        f26()
    case 27:
        f27()
    case 28:
        f28()
    case 29:
        f29()
