print(f'{value:>{width}')
