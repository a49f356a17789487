f'{"\n".join(lines)}'
