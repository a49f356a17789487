f'{a\nb}'
