match point:
    case Point(
        x=0,
        0,
    ):
        pass
