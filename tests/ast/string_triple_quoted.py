a = '''one
two'''
b = """three

four"""
c = '''it's "quoted"'''
d = """\
continued"""
e = ''''''
f = b'''bytes
lines'''
