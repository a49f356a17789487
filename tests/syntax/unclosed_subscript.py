value = table[key
