x = """abc
