del x := 1
