if x: pass
while y: y -= 1
for i in r: print(i)
def f(): return 1
class C: x = 1
with a: pass
try: a()
except: pass
