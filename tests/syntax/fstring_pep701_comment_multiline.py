f'''{x  # the value
}'''
