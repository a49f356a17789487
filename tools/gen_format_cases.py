#!/usr/bin/python3.11
"""Writes tests/unit/objects/format_cases.txt: what CPython 3.11 gives for
format(value, spec), str.format, str.format_map and str % args, for
tests/unit/objects/test_format.c to compare Krait against.

Run with /usr/bin/python3.11 from the repository root. One case per line,
tab-separated, each field escaped (backslash, \\t, \\n, \\xHH for other
control characters):
    F  kind value spec expected      format(value, spec); kind i b f s c
    S  fmt expected                  fmt.format(*ARGS, **KWARGS) (see below)
    M  fmt expected                  fmt.format_map(MAPPING)
    P  fmt args expected             fmt % args (args encoded by encode_arg)
expected is '=' + the result, or '!' + 'ExceptionType: message'. The cases
are random but fixed (seeded), so the file is reproducible.
"""
import itertools
import random
import struct
import sys

# The arguments S cases format with; test_format.c builds the same ones.
ARGS = (1, 'ab', 3.5, [10, 20], {'k': 'v', '0': 'zero', 0: 'izero'}, -7, 'é€', True)
KWARGS = {'name': 'N', 'n': 42, 'w': 8, 'd': {'x': 'y'}}
MAPPING = {'a': 5, 'b': 'B', 'w': 6}


def esc(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\x%02x' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def run(fn):
    try:
        return '=' + fn()
    except Exception as e:  # noqa: BLE001 - every error is a case
        return '!%s: %s' % (type(e).__name__, e)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def encode_value(v):
    """kind and text of a value for F cases."""
    if isinstance(v, bool):
        return 'b', str(int(v))
    if isinstance(v, int):
        return 'i', str(v)
    if isinstance(v, float):
        return 'f', bits(v)
    if isinstance(v, complex):
        return 'c', bits(v.real) + ',' + bits(v.imag)
    return 's', v


def encode_token(v):
    if v is None:
        return 'N'
    if isinstance(v, list):
        assert not v
        return 'L'
    kind, text = encode_value(v)
    return kind + text


def encode_arg(a):
    """T tok|tok (tuple), D key=tok|... (dict), or one token."""
    if isinstance(a, tuple):
        return 'T' + '|'.join(encode_token(v) for v in a)
    if isinstance(a, dict):
        return 'D' + '|'.join('%s=%s' % (k, encode_token(v)) for k, v in a.items())
    return encode_token(a)


INTS = [0, 1, -1, 42, -1234567, 255, 2**64 + 1, -(2**70), 0x10ffff, 65, 7, 10**20]
FLOATS = [0.0, -0.0, 1.5, -2.25, 1e16, 1e-7, 123456.789, float('inf'), float('-inf'),
          float('nan'), 1 / 3, -0.0001, 2.5, 1e300, 0.5, 9.999, -1234.5]
STRS = ['', 'abc', 'é€x', 'a longer string']
COMPLEXES = [1j, 1 + 2j, complex(-1.5, -0.0), complex(0, -0.0), complex(-0.0, 2.5),
             complex(float('inf'), float('nan')), complex(1e16, 1e-7), 0j]

FILLS = ['', '<', '>', '^', '=', '*<', '0>', 'x^', '€>', '0=', ' <']
SIGNS = ['', '+', '-', ' ']
WIDTHS = ['', '1', '8', '13', '0']
GROUPS = ['', ',', '_']
PRECS = ['', '.0', '.3', '.12']
INT_TYPES = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'E', 's', 'F', 'G']
FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x']
STR_TYPES = ['', 's', 'd']


def random_specs(rng, types, n):
    specs = set()
    while len(specs) < n:
        spec = (rng.choice(FILLS) + rng.choice(SIGNS) + rng.choice(['', '', 'z']) +
                rng.choice(['', '', '#']) + rng.choice(['', '', '0']) + rng.choice(WIDTHS) +
                rng.choice(GROUPS) + rng.choice(PRECS) + rng.choice(types))
        specs.add(spec)
    return sorted(specs)


FIXED_SPECS = [
    'abc', 'xx', ',_', '_,', '.', ',s', '99999999999999999999', '.99999999999999999999',
    '\x01', ',\x01', ',é', 'é', '#c', '+c', '010,', '012_x', '#012_b', '0=12,', '=10',
    ',c', '_n', 'z', 'zd', '.2', '.2d', '.1c', '<05', '^+#11_x', '015,.2f', '020,.3e',
    'a<', '*^15,', '0', '00', '000', '.0%', '#.0e', '#g', '#.0f', '.30f', '.0',
    '.1', '.17', '.17g', 'z.1f', 'z.0f', '+z.0f', 'z', '.3n', '10n', '_', ',', '>', '=',
]


def spec_cases(out, rng):
    for v, spec in itertools.product(INTS + [True, False], FIXED_SPECS):
        out.append(('F',) + encode_value(v) + (spec, run(lambda: format(v, spec))))
    for v in INTS + [True]:
        for spec in random_specs(rng, INT_TYPES, 70):
            out.append(('F',) + encode_value(v) + (spec, run(lambda: format(v, spec))))
    for v in FLOATS:
        for spec in FIXED_SPECS + random_specs(rng, FLOAT_TYPES, 90):
            out.append(('F',) + encode_value(v) + (spec, run(lambda: format(v, spec))))
    for v in STRS:
        for spec in FIXED_SPECS + random_specs(rng, STR_TYPES, 40):
            out.append(('F', 's', v, spec, run(lambda: format(v, spec))))
    for v in COMPLEXES:
        for spec in FIXED_SPECS + random_specs(rng, FLOAT_TYPES, 40):
            out.append(('F',) + encode_value(v) + (spec, run(lambda: format(v, spec))))


FORMAT_STRINGS = [
    '{', '}', '{{', '}}', 'a{}b', '{0}{1}', '{}{1}', '{1}{}', '{name}', '{missing}', '{9}',
    '{0.nope}', '{3[1]}', '{3[9]}', '{4[k]}', '{4[0]}', '{4[1]}', '{0!r}', '{1!r}', '{6!a}',
    '{6!r}', '{1!s}', '{1!x}', '{1!}', '{1!rr}', '{1!r:>5}', '{0:{w}}', '{0:{}}', '{:{}}',
    '{0:{1}{2}}', '{0:{w:{n}}}', '{0:{{}}}', '{0.}', '{0[}', '{0[1]x}', '{0]}', '{0:}',
    '{:d}', '{2:.{0}f}', '{d[x]}', '{0[0]}', '{ }', '{0 }', '{!r}', '{:}', '{0!', '{0:',
    '{0:x', '{0!r', '{a{b}c}', '{0:{', '{0:}}', 'x}y', '{0}}', '{{0}}', '{00}', '{01}',
    '{99999999999999999999}', '{0[99999999999999999999]}', '{0:99999999999999999999}',
    '{-1}', '{3[-1]}', '{3[0]:x}', '{0[:]}', '{4[}]}', '{1:{2:{3}}}', '{\u0661}',
    '{1:\u0663}', '{0!\u20ac}', '{0!\x01}', '{name!r:>{w}}', '{n:#x}{n:,}', 'é{}€',
    '{0:{name}}', '{}{}{}{}{}{}{}{}', '{7:d}', '{7}', '{5:+05}', '{2:e}', '{2:%}',
    '{6:*^{w}}', '{n:{w}_b}', '{3}', '{4}', '{4[0]!r:>10}', '', 'plain', '{{}}{{{0}}}',
    '{0:{1}}', '{d}', '{d!s:.3}', '{3[', '{3[0', '{3[0]', '{3[0]}', '{3[0].x}',
    '{3.}', '{3[]}', '{name[0]}', '{:{:{}}}', '{!}', '{!:}', '{:!}',
]

MAP_STRINGS = ['{a}', '{b:>{w}}', '{}', '{0}', '{c}', '{a!r}{b!r}', '{{a}}', '{a:{}}',
               '{a:{b}}']


def str_cases(out):
    for f in FORMAT_STRINGS:
        out.append(('S', f, run(lambda: f.format(*ARGS, **KWARGS))))
    for f in MAP_STRINGS:
        out.append(('M', f, run(lambda: f.format_map(MAPPING))))


PERCENT = [
    ('%5%', ()), ('%5%', (1,)), ('%y', ()), ('%y', 1), ('%', ()), ('%5', 1), ('%.', 1),
    ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a)s', 1), ('%(a)s %s', {'a': 1}),
    ('%05f', float('inf')), ('%05f', float('-inf')), ('%+05f', float('nan')), ('%f', 'a'),
    ('%d', 'a'), ('%x', 1.5), ('%d', 1j), ('%c', 1.5), ('%c', 'ab'), ('%c', -1),
    ('%c', 2**70), ('%#5x', 255), ('%#05x', -255), ('%-#8X|', 255), ('%#.5o', 8),
    ('%+.3d', 7), ('% 5d', 3), ('%-05d|', -3), ('%05s', 'a'), ('%.1s', 'abc'),
    ('%5.1r', 'abc'), ('%*d', (5, 1)), ('%*d', (-5, 1)), ('%.*f', (2, 1.2345)),
    ('%*d', ('a', 1)), ('%s', []), ('', []), ('', ()), ('a', 5), ('%s %s', (1,)),
    ('%s', (1, 2)), ('%ld %hd %Lf', (1, 2, 3.0)), ('%i', 3.7), ('%d', True), ('%s', True),
    ('%#x', True), ('%(a)s', {}), ('%d %d', 1), ('%c', 'é'), ('%5c|', 65), ('%.0f', 0.5),
    ('%#.0f', 1.0), ('%g', 1e20), ('%#g', 1.0), ('%e', 0.0), ('%.3s', 'é€x'),
    ('%\u20ac', 1), ('%a', 'é'), ('%r', 'é'), ('%99999999999999999999d', 1),
    ('%.99999999999999999999d', 1), ('%.*f', (2**40, 1.0)), ('%*d', (2**70, 1)),
    ('%x', 2**70), ('%(a)s %(b)s', {'a': 1, 'b': 2}), ('%s', ()), ('%d', ()), ('%', 5),
    ('%-', 5), ('%(x)', 5), ('abc %', ()), ('%.*', (1,)), ('%*', (1,)), ('%l', 1),
    ('%d', '1'), ('%.2d', -5), ('%#o', 0), ('%#x', 0), ('%x', -1), ('%o', -8),
    ('%#X', -255), ('%s', None), ('%r', None), ('%5s|%-5s|', ('ab', 'cd')),
    ('%(a)s%%', {'a': 'x'}), ('%%%s%%', 'q'), ('%c', 0x10ffff), ('%c', 0x110000),
    ('%-*.*f|', (10, 2, 3.14159)), ('% f', 1.0), ('% d', -1), ('%+s', 5), ('%05.1f', -2.5),
    ('%+#o', 8), ('%010.3e', 12345.678), ('%-+8d|', 5), ('%G', 1e-10), ('%F', float('nan')),
    ('%E', float('inf')), ('%.1g', 0.05), ('%u', -3), ('%x', 255.0), ('%X', 'a'),
    ('%o', None), ('%e', None), ('%c', None), ('%.0s|', 'abc'), ('%(a)d', {'a': 7}),
    ('%(a)*d', {'a': 7}), ('%s %(a)s', {'a': 1}), ('%s', {'a': 1}), ('%(a)s', []),
    ('%.15g', 0.1), ('%.20f', 0.1), ('%#.3g', 100.0), ('%i', -0.0), ('%d', 2**100),
    ('%010d', -(2**70)), ('%s', 'é€'), ('%4c|', 'é'), ('%-4c|', 0x20ac), ('%.2c', 'x'),
    ('%0*d', (6, -42)), ('%-0*d|', (6, -42)), ('%#-8x|', -255), ('%#08o', 8),
]


def percent_cases(out):
    for fmt, args in PERCENT:
        out.append(('P', fmt, encode_arg(args), run(lambda: fmt % args)))


def main():
    rng = random.Random(1311)
    out = []
    spec_cases(out, rng)
    str_cases(out)
    percent_cases(out)
    path = sys.argv[1] if len(sys.argv) > 1 else 'tests/unit/objects/format_cases.txt'
    with open(path, 'w', encoding='utf-8') as f:
        for case in out:
            f.write('\t'.join(esc(str(x)) for x in case) + '\n')
    print('%d cases written to %s' % (len(out), path))


if __name__ == '__main__':
    main()
