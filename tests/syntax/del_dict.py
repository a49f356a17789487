del {a: b}
