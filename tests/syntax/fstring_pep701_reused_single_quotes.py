f'{d['key']}'
