x = """abc

x
