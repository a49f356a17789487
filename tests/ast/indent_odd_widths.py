if a:
 pass
if b:
   if c:
         pass
   d = 1
class C:
      x = 1
