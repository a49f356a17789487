if = 2
