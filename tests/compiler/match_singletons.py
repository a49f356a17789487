match x:
    case None:
        a()
    case True:
        b()
    case False:
        c()
