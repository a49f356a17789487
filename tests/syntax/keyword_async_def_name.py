def async():
    pass
