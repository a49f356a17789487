doc = '''
line one
\u12 here
'''
