import a
import a.b.c
import a.b as c
import a.b.c as d
import x, y
