br"""x
