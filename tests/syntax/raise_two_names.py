raise X Y
