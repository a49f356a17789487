import a.if
