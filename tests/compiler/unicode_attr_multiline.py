x = (obj.
  atü)
y = (obj
  .méthode(1))
