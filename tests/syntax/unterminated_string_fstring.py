msg = f'value {x}
