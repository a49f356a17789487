call(
    # a comment
