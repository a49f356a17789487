x = "a" "b"
y = b"a" b"b"
