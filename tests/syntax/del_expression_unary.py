del -a
