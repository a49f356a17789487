total = (first +
         second +
         third

next_statement = 1
