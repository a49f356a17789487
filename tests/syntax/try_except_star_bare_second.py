try:
    pass
except* (E, F) as e:
    pass
except*:
    pass
