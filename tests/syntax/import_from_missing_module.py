from import b
