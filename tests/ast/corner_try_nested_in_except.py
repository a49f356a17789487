try:
    a()
except E:
    try:
        b()
    except F:
        raise
    finally:
        c()
finally:
    try:
        d()
    except* G:
        pass
