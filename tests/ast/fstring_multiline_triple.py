f'''first {x}
second {y!r}
{
  z
} end'''
f"""{a}
"""
