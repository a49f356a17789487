not x
~x
+x
-x
- - x
not not x
-(1)
--1
