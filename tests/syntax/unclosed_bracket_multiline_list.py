names = [
    'ann',
    'bob',

