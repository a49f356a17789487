def f():
  return 1
 z
