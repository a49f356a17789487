f'{x!r }'
