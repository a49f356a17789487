raise X from Y from Z
