a + 1: int = 3
