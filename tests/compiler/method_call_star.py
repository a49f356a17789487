a.b(*x)
a.b(**k)
