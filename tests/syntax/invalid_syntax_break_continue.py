break continue
