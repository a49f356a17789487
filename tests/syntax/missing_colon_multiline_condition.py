if (alpha and
        beta and
        gamma)
    pass
