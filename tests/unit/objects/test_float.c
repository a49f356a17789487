/* float and complex without the VM: each row of the table applies an
 * operation to operands given as text and compares the repr of the result,
 * or "Type: message" of the error, with what CPython 3.11 prints for the
 * same operation (the table was computed once with /usr/bin/python3.11).
 * Operands: f:<float> i:<int> c:<real>,<imag> s:<str> b:<bytes> n: (None,
 * or no argument for float()/complex()). */
#include <math.h>
#include <stdlib.h>

#include "harness.h"
#include "objects/complex.h"

static KrThread *ts;

typedef struct Row {
    const char *op, *a, *b, *want;
} Row;

static const Row rows[] = {
    {"repr", "f:1e16", NULL, "1e+16"},
    {"repr", "f:1e-05", NULL, "1e-05"},
    {"repr", "f:-0.0", NULL, "-0.0"},
    {"repr", "f:inf", NULL, "inf"},
    {"repr", "f:-inf", NULL, "-inf"},
    {"repr", "f:nan", NULL, "nan"},
    {"repr", "f:0.1", NULL, "0.1"},
    {"repr", "f:0.3333333333333333", NULL, "0.3333333333333333"},
    {"repr", "f:1e22", NULL, "1e+22"},
    {"repr", "f:123456789.0", NULL, "123456789.0"},
    {"repr", "f:5e-324", NULL, "5e-324"},
    {"repr", "f:1.7976931348623157e308", NULL, "1.7976931348623157e+308"},
    {"repr", "f:9999999999999998.0", NULL, "9999999999999998.0"},
    {"repr", "f:0.0001", NULL, "0.0001"},
    {"+", "f:0.1", "f:0.2", "0.30000000000000004"},
    {"-", "f:1.5", "i:2", "-0.5"},
    {"*", "i:3", "f:0.5", "1.5"},
    {"/", "f:1.0", "f:0.0", "ZeroDivisionError: float division by zero"},
    {"/", "f:1.0", "i:0", "ZeroDivisionError: float division by zero"},
    {"/", "i:7", "f:2.0", "3.5"},
    {"//", "f:7.5", "f:-2.0", "-4.0"},
    {"//", "f:-7.5", "f:2.0", "-4.0"},
    {"//", "f:1.0", "f:0.0", "ZeroDivisionError: float floor division by zero"},
    {"//", "f:-0.0", "f:5.0", "-0.0"},
    {"//", "f:1.0", "f:inf", "0.0"},
    {"//", "f:-1.0", "f:inf", "-1.0"},
    {"%", "f:7.5", "f:-2.0", "-0.5"},
    {"%", "f:-7.5", "f:2.0", "0.5"},
    {"%", "f:-0.0", "f:5.0", "0.0"},
    {"%", "f:0.0", "f:-5.0", "-0.0"},
    {"%", "f:1.0", "f:0.0", "ZeroDivisionError: float modulo"},
    {"%", "f:-1e-100", "f:1e100", "1e+100"},
    {"%", "f:1.0", "f:-inf", "-inf"},
    {"divmod", "f:7.0", "f:-2.0", "(-4.0, -1.0)"},
    {"divmod", "f:-7.0", "i:2", "(-4.0, 1.0)"},
    {"divmod", "f:1.0", "f:0.0", "ZeroDivisionError: float divmod()"},
    {"divmod", "f:0.1", "f:0.01", "(10.0, 3.469446951953614e-18)"},
    {"+", "f:1e308", "i:1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "OverflowError: int too large to convert to float"},
    {"**", "f:2.0", "f:10.0", "1024.0"},
    {"**", "f:2.0", "i:-2", "0.25"},
    {"**", "f:-8.0", "f:0.3333333333333333", "(1.0000000000000002+1.7320508075688772j)"},
    {"**", "f:-2.0", "f:0.5", "(8.659560562354934e-17+1.4142135623730951j)"},
    {"**", "f:-2.0", "i:3", "-8.0"},
    {"**", "f:-2.0", "f:-3.0", "-0.125"},
    {"**", "f:0.0", "f:-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:-0.0", "f:-3.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:0.0", "i:0", "1.0"},
    {"**", "f:-0.0", "f:3.0", "-0.0"},
    {"**", "f:-0.0", "f:2.0", "0.0"},
    {"**", "f:10.0", "f:400.0", "OverflowError: (34, 'Numerical result out of range')"},
    {"**", "f:-10.0", "f:401.0", "OverflowError: (34, 'Numerical result out of range')"},
    {"**", "f:0.5", "f:1080.0", "0.0"},
    {"**", "f:2.0", "f:-1074.0", "5e-324"},
    {"**", "f:nan", "f:0.0", "1.0"},
    {"**", "f:1.0", "f:nan", "1.0"},
    {"**", "f:nan", "f:2.0", "nan"},
    {"**", "f:-1.0", "f:inf", "1.0"},
    {"**", "f:0.5", "f:inf", "0.0"},
    {"**", "f:0.5", "f:-inf", "inf"},
    {"**", "f:2.0", "f:-inf", "0.0"},
    {"**", "f:-inf", "f:3.0", "-inf"},
    {"**", "f:-inf", "f:2.0", "inf"},
    {"**", "f:-inf", "f:-3.0", "-0.0"},
    {"**", "f:-inf", "f:-2.0", "0.0"},
    {"**", "f:inf", "f:0.5", "inf"},
    {"**", "f:-1.0", "f:1e300", "1.0"},
    {"**", "i:2", "f:0.5", "1.4142135623730951"},
    {"**", "f:1.5", "c:0,1", "(0.9189190364394997+0.3944461997143608j)"},
    {"pow3", "f:2.0", "f:3.0", "TypeError: pow() 3rd argument not allowed unless all arguments are integers"},
    {"==", "f:1.0", "i:1", "True"},
    {"==", "f:9007199254740992.0", "i:9007199254740993", "False"},
    {"<", "f:9007199254740992.0", "i:9007199254740993", "True"},
    {">", "f:9007199254740994.0", "i:9007199254740993", "True"},
    {"==", "f:1e30", "i:1000000000000000019884624838656", "True"},
    {"<", "f:1e30", "i:1000000000000000019884624838657", "True"},
    {">", "f:1e30", "i:1000000000000000019884624838655", "True"},
    {"<", "f:-1e30", "i:-1000000000000000019884624838655", "True"},
    {"<", "f:inf", "i:100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "False"},
    {">", "f:-inf", "i:-1", "False"},
    {"<", "f:5.5", "i:100000000000000000000", "True"},
    {">", "f:-5.5", "i:-100000000000000000000", "True"},
    {"<", "f:-5.5", "i:100000000000000000000", "True"},
    {">", "f:5.5", "i:-100000000000000000000", "True"},
    {"==", "f:nan", "i:1", "False"},
    {"!=", "f:nan", "i:1", "True"},
    {"<", "f:nan", "i:100000000000000000000", "False"},
    {"==", "f:nan", "f:nan", "False"},
    {"!=", "f:nan", "f:nan", "True"},
    {"<=", "f:0.5", "f:0.5", "True"},
    {">=", "f:-0.0", "f:0.0", "True"},
    {"<", "i:3", "f:3.5", "True"},
    {"==", "f:1.5", "s:1.5", "False"},
    {"<", "f:1.5", "s:1.5", "TypeError: '<' not supported between instances of 'float' and 'str'"},
    {"neg", "f:0.0", NULL, "-0.0"},
    {"abs", "f:-2.5", NULL, "2.5"},
    {"pos", "f:-0.0", NULL, "-0.0"},
    {"bool", "f:0.0", NULL, "False"},
    {"bool", "f:-0.0", NULL, "False"},
    {"bool", "f:nan", NULL, "True"},
    {"hash", "f:1.5", NULL, "1152921504606846977"},
    {"hash", "f:-1.0", NULL, "-2"},
    {"hash", "f:1e100", NULL, "1822893315824342674"},
    {"hash", "f:inf", NULL, "314159"},
    {"hash", "f:-inf", NULL, "-314159"},
    {"hash", "f:0.1", NULL, "230584300921369408"},
    {"int", "f:-2.9", NULL, "-2"},
    {"int", "f:1e20", NULL, "100000000000000000000"},
    {"int", "f:nan", NULL, "ValueError: cannot convert float NaN to integer"},
    {"int", "f:-inf", NULL, "OverflowError: cannot convert float infinity to integer"},
    {"float", "n:", NULL, "0.0"},
    {"float", "f:2.5", NULL, "2.5"},
    {"float", "i:7", NULL, "7.0"},
    {"float", "s: 1.5 ", NULL, "1.5"},
    {"float", "s:\t-1E3\n", NULL, "-1000.0"},
    {"float", "s:1_000.5", NULL, "1000.5"},
    {"float", "s:1__0", NULL, "ValueError: could not convert string to float: '1__0'"},
    {"float", "s:_1", NULL, "ValueError: could not convert string to float: '_1'"},
    {"float", "s:1_", NULL, "ValueError: could not convert string to float: '1_'"},
    {"float", "s:inF", NULL, "inf"},
    {"float", "s:-Infinity", NULL, "-inf"},
    {"float", "s:+nan", NULL, "nan"},
    {"float", "s:NaN", NULL, "nan"},
    {"float", "s:nana", NULL, "ValueError: could not convert string to float: 'nana'"},
    {"float", "s:", NULL, "ValueError: could not convert string to float: ''"},
    {"float", "s: ", NULL, "ValueError: could not convert string to float: ' '"},
    {"float", "s:x", NULL, "ValueError: could not convert string to float: 'x'"},
    {"float", "s:1e500", NULL, "inf"},
    {"float", "s:-1e-500", NULL, "-0.0"},
    {"float", "s:١٢.٥", NULL, "12.5"},
    {"float", "s:　３", NULL, "3.0"},
    {"float", "s:0x10", NULL, "ValueError: could not convert string to float: '0x10'"},
    {"float", "b:3.25", NULL, "3.25"},
    {"float", "b: 1e3 ", NULL, "1000.0"},
    {"float", "b:x ", NULL, "ValueError: could not convert string to float: b'x '"},
    {"float", "c:1,2", NULL, "TypeError: float() argument must be a string or a real number, not 'complex'"},
    {".__round__", "f:2.5", NULL, "2"},
    {".__round__", "f:3.5", NULL, "4"},
    {".__round__", "f:-2.5", NULL, "-2"},
    {".__round__", "f:2.675", "i:2", "2.67"},
    {".__round__", "f:1234.5", "i:-2", "1200.0"},
    {".__round__", "f:0.5", "n:", "0"},
    {".__round__", "f:1.7e308", "i:-308", "OverflowError: rounded value too large to represent"},
    {".__round__", "f:inf", NULL, "OverflowError: cannot convert float infinity to integer"},
    {".__round__", "f:nan", NULL, "ValueError: cannot convert float NaN to integer"},
    {".__round__", "f:inf", "i:2", "inf"},
    {".__round__", "f:1.5", "f:1.0", "TypeError: 'float' object cannot be interpreted as an integer"},
    {".__round__", "f:5e-324", "i:400", "5e-324"},
    {".__round__", "f:123.456", "i:-10000", "0.0"},
    {".__trunc__", "f:-3.7", NULL, "-3"},
    {".__floor__", "f:-3.2", NULL, "-4"},
    {".__ceil__", "f:-3.2", NULL, "-3"},
    {".__floor__", "f:1e300", NULL, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"},
    {".__ceil__", "f:inf", NULL, "OverflowError: cannot convert float infinity to integer"},
    {".__trunc__", "f:nan", NULL, "ValueError: cannot convert float NaN to integer"},
    {".as_integer_ratio", "f:0.75", NULL, "(3, 4)"},
    {".as_integer_ratio", "f:-0.1", NULL, "(-3602879701896397, 36028797018963968)"},
    {".as_integer_ratio", "f:0.0", NULL, "(0, 1)"},
    {".as_integer_ratio", "f:5e-324", NULL, "(1, 202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784)"},
    {".as_integer_ratio", "f:1e300", NULL, "(1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160, 1)"},
    {".as_integer_ratio", "f:inf", NULL, "OverflowError: cannot convert Infinity to integer ratio"},
    {".as_integer_ratio", "f:nan", NULL, "ValueError: cannot convert NaN to integer ratio"},
    {".is_integer", "f:3.0", NULL, "True"},
    {".is_integer", "f:3.5", NULL, "False"},
    {".is_integer", "f:inf", NULL, "False"},
    {".hex", "f:1.5", NULL, "'0x1.8000000000000p+0'"},
    {".hex", "f:-0.0", NULL, "'-0x0.0p+0'"},
    {".hex", "f:5e-324", NULL, "'0x0.0000000000001p-1022'"},
    {".hex", "f:inf", NULL, "'inf'"},
    {".conjugate", "f:-2.5", NULL, "-2.5"},
    {".__getnewargs__", "f:1.5", NULL, "(1.5,)"},
    {"F.fromhex", "s:0x1.8p1", NULL, "3.0"},
    {"F.fromhex", "s: -0X.8P-1 ", NULL, "-0.25"},
    {"F.fromhex", "s:inf", NULL, "inf"},
    {"F.fromhex", "s:zz", NULL, "ValueError: invalid hexadecimal floating-point string"},
    {"F.fromhex", "s:0x1p99999", NULL, "OverflowError: hexadecimal value too large to represent as a float"},
    {"F.fromhex", "i:1", NULL, "TypeError: bad argument type for built-in operation"},
    {"F.__getformat__", "s:double", NULL, "'IEEE, little-endian'"},
    {"F.__getformat__", "s:float", NULL, "'IEEE, little-endian'"},
    {"F.__getformat__", "s:int", NULL, "ValueError: __getformat__() argument 1 must be 'double' or 'float'"},
    {"F.__getformat__", "i:1", NULL, "TypeError: __getformat__() argument must be str, not int"},
    {"repr", "c:1,2", NULL, "(1+2j)"},
    {"repr", "c:0,1", NULL, "1j"},
    {"repr", "c:-0.0,-0.0", NULL, "(-0-0j)"},
    {"repr", "c:0.0,-0.0", NULL, "-0j"},
    {"repr", "c:-0.0,0.0", NULL, "(-0+0j)"},
    {"repr", "c:nan,inf", NULL, "(nan+infj)"},
    {"repr", "c:1e16,-1e-05", NULL, "(1e+16-1e-05j)"},
    {"repr", "c:1.5,-0.0", NULL, "(1.5-0j)"},
    {"repr", "c:0,0", NULL, "0j"},
    {"complex", "n:", NULL, "0j"},
    {"complex", "i:2", NULL, "(2+0j)"},
    {"complex", "f:1.5", "f:-2.5", "(1.5-2.5j)"},
    {"complex", "c:1,2", "c:3,4", "(-3+5j)"},
    {"complex", "c:1,2", NULL, "(1+2j)"},
    {"complex", "i:1", "c:0,1", "0j"},
    {"complex", "f:1.5", "s:2", "TypeError: complex() second arg can't be a string"},
    {"complex", "s:1", "i:2", "TypeError: complex() can't take second arg if first is a string"},
    {"complex", "b:1", NULL, "TypeError: complex() first argument must be a string or a number, not 'bytes'"},
    {"complex", "f:1.5", "b:1", "TypeError: complex() second argument must be a number, not 'bytes'"},
    {"complex", "s:1+2j", NULL, "(1+2j)"},
    {"complex", "s: ( 1-2J ) ", NULL, "(1-2j)"},
    {"complex", "s:-j", NULL, "-1j"},
    {"complex", "s:j", NULL, "1j"},
    {"complex", "s:+J", NULL, "1j"},
    {"complex", "s:1+j", NULL, "(1+1j)"},
    {"complex", "s:1-J", NULL, "(1-1j)"},
    {"complex", "s:2.5", NULL, "(2.5+0j)"},
    {"complex", "s:1e3j", NULL, "1000j"},
    {"complex", "s:infj", NULL, "infj"},
    {"complex", "s:-infinityj", NULL, "-infj"},
    {"complex", "s:nan-nanj", NULL, "(nan+nanj)"},
    {"complex", "s:1_0j", NULL, "10j"},
    {"complex", "s:1__0", NULL, "ValueError: could not convert string to complex: '1__0'"},
    {"complex", "s:1e", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:(1", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1)", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1 +2j", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1+2j x", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:١+٢j", NULL, "(1+2j)"},
    {"complex", "s:1.e5+.5j", NULL, "(100000+0.5j)"},
    {"complex", "s:x", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1+2", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:+1e-3-1e-3j", NULL, "(0.001-0.001j)"},
    {"+", "c:1,2", "c:3,4", "(4+6j)"},
    {"+", "c:1,2", "i:3", "(4+2j)"},
    {"+", "f:0.5", "c:1,2", "(1.5+2j)"},
    {"-", "i:1", "c:1,2", "-2j"},
    {"-", "c:1,2", "f:0.5", "(0.5+2j)"},
    {"*", "c:1,2", "c:3,4", "(-5+10j)"},
    {"*", "i:2", "c:1,-1", "(2-2j)"},
    {"*", "c:1e308,1e308", "i:2", "(inf+infj)"},
    {"/", "c:1,2", "c:3,4", "(0.44+0.08j)"},
    {"/", "c:1,1", "c:0,0", "ZeroDivisionError: complex division by zero"},
    {"/", "f:1.0", "c:0,0", "ZeroDivisionError: complex division by zero"},
    {"/", "c:1,1", "i:0", "ZeroDivisionError: complex division by zero"},
    {"/", "c:1,1", "f:nan", "(nan+nanj)"},
    {"/", "c:1e300,1e300", "c:1e300,1e300", "(1+0j)"},
    {"/", "i:1", "c:0,1", "-1j"},
    {"//", "c:1,1", "i:1", "TypeError: unsupported operand type(s) for //: 'complex' and 'int'"},
    {"%", "c:1,1", "i:1", "TypeError: unsupported operand type(s) for %: 'complex' and 'int'"},
    {"divmod", "c:1,1", "i:1", "TypeError: unsupported operand type(s) for divmod(): 'complex' and 'int'"},
    {"**", "c:1,2", "i:2", "(-3+4j)"},
    {"**", "c:1,2", "i:-3", "(-0.08800000000000001+0.016j)"},
    {"**", "c:1,2", "f:0.5", "(1.272019649514069+0.7861513777574233j)"},
    {"**", "i:2", "c:1,1", "(1.5384778027279442+1.2779225526272695j)"},
    {"**", "c:0,1", "i:2", "(-1+0j)"},
    {"**", "c:0,0", "i:-1", "ZeroDivisionError: 0.0 to a negative or complex power"},
    {"**", "c:0,0", "c:0,1", "ZeroDivisionError: 0.0 to a negative or complex power"},
    {"**", "c:0,0", "i:0", "(1+0j)"},
    {"**", "c:0,0", "f:0.5", "0j"},
    {"**", "c:2,0", "i:101", "(2.535301200456459e+30+0j)"},
    {"**", "c:2,0", "i:100", "(1.2676506002282294e+30+0j)"},
    {"**", "c:1e300,1e300", "i:2", "(nan+nanj)"},
    {"**", "c:1e308,1", "f:1.5", "OverflowError: complex exponentiation"},
    {"**", "c:1,1", "c:0,1e308", "-0j"},
    {"**", "f:-1.0", "c:0.5,0", "(6.123233995736766e-17+1j)"},
    {"pow3", "c:1,1", "i:2", "ValueError: complex modulo"},
    {"neg", "c:1,-2", NULL, "(-1+2j)"},
    {"pos", "c:1,2", NULL, "(1+2j)"},
    {"abs", "c:3,4", NULL, "5.0"},
    {"abs", "c:1e308,1e308", NULL, "1.4142135623730951e+308"},
    {"abs", "c:inf,nan", NULL, "inf"},
    {"abs", "c:nan,-inf", NULL, "inf"},
    {"abs", "c:nan,1", NULL, "nan"},
    {"bool", "c:0,0", NULL, "False"},
    {"bool", "c:0,-0.0", NULL, "False"},
    {"bool", "c:0,1", NULL, "True"},
    {"hash", "c:1,2", NULL, "2000007"},
    {"hash", "c:1.5,0", NULL, "1152921504606846977"},
    {"hash", "c:-1,0", NULL, "-2"},
    {"hash", "c:0,-1", NULL, "-2000006"},
    {"hash", "c:1e100,1e-100", NULL, "31488001660547717"},
    {"==", "c:1,0", "i:1", "True"},
    {"==", "c:1,0", "i:1152921504606846977", "False"},
    {"==", "c:1,1", "i:1", "False"},
    {"!=", "c:1,1", "i:1", "True"},
    {"==", "c:1.5,0", "f:1.5", "True"},
    {"==", "c:1,2", "c:1,2", "True"},
    {"!=", "c:1,2", "c:1,3", "True"},
    {"==", "c:1,2", "s:x", "False"},
    {"<", "c:1,2", "c:1,2", "TypeError: '<' not supported between instances of 'complex' and 'complex'"},
    {">=", "c:1,2", "i:1", "TypeError: '>=' not supported between instances of 'complex' and 'int'"},
    {"<", "i:1", "c:1,0", "TypeError: '<' not supported between instances of 'int' and 'complex'"},
    {".conjugate", "c:1,2", NULL, "(1-2j)"},
    {".__getnewargs__", "c:1,2", NULL, "(1.0, 2.0)"},
    {".__complex__", "c:1,2", NULL, "(1+2j)"},
    {"complex", "s:1.e2j", NULL, "100j"},
    {"complex", "s:NaN-INFj", NULL, "(nan-infj)"},
    {"complex", "s:(4)", NULL, "(4+0j)"},
    {"complex", "s:1_000+2_000j", NULL, "(1000+2000j)"},
    {"complex", "s:1_0.5_0j", NULL, "10.5j"},
    {"complex", "s: 1j ", NULL, "1j"},
    {"complex", "s:３４j", NULL, "34j"},
    {"complex", "s:0x", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:-0", NULL, "(-0+0j)"},
    {"complex", "s:(-0-0j)", NULL, "(-0-0j)"},
    {"complex", "s:()", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:+", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:j1", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1j2", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1++2j", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1+-2j", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1+ 2j", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:((1+2j))", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1e+j", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1_j", NULL, "ValueError: could not convert string to complex: '1_j'"},
    {"complex", "s:1._5j", NULL, "ValueError: could not convert string to complex: '1._5j'"},
    {"complex", "s:nanx", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:infinit", NULL, "ValueError: complex() arg is a malformed string"},
    {"complex", "s:1j j", NULL, "ValueError: complex() arg is a malformed string"},
    {"**", "c:1e-200,0", "i:3", "0j"},
    {"**", "c:0,1e200", "i:2", "OverflowError: complex exponentiation"},
    {"**", "c:0,10", "i:400", "OverflowError: complex exponentiation"},
    {"**", "c:1e200,1e200", "f:3.5", "OverflowError: complex exponentiation"},
    {"**", "c:0,0", "f:-2.5", "ZeroDivisionError: 0.0 to a negative or complex power"},
    {"**", "c:2,0", "i:-101", "(3.944304526105059e-31-0j)"},
    {"**", "c:1,1", "i:100", "(-1125899906842624+0j)"},
    {"**", "c:1,1", "i:101", "(-1125899906842634.5-1125899906842629.5j)"},
    {"**", "f:2.5", "c:0,1", "(0.6087670819712999+0.793349002588488j)"},
    {"**", "f:0.0", "f:0.0", "1.0"},
    {"**", "f:0.0", "f:-0.0", "1.0"},
    {"**", "f:0.0", "f:1.0", "0.0"},
    {"**", "f:0.0", "f:-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:0.0", "f:0.5", "0.0"},
    {"**", "f:0.0", "f:-0.5", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:0.0", "f:2.0", "0.0"},
    {"**", "f:0.0", "f:-2.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:0.0", "f:3.0", "0.0"},
    {"**", "f:0.0", "f:-3.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:0.0", "f:inf", "0.0"},
    {"**", "f:0.0", "f:-inf", "inf"},
    {"**", "f:0.0", "f:nan", "nan"},
    {"**", "f:-0.0", "f:0.0", "1.0"},
    {"**", "f:-0.0", "f:-0.0", "1.0"},
    {"**", "f:-0.0", "f:1.0", "-0.0"},
    {"**", "f:-0.0", "f:-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:-0.0", "f:0.5", "0.0"},
    {"**", "f:-0.0", "f:-0.5", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:-0.0", "f:2.0", "0.0"},
    {"**", "f:-0.0", "f:-2.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:-0.0", "f:3.0", "-0.0"},
    {"**", "f:-0.0", "f:-3.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"},
    {"**", "f:-0.0", "f:inf", "0.0"},
    {"**", "f:-0.0", "f:-inf", "inf"},
    {"**", "f:-0.0", "f:nan", "nan"},
    {"**", "f:1.0", "f:0.0", "1.0"},
    {"**", "f:1.0", "f:-0.0", "1.0"},
    {"**", "f:1.0", "f:1.0", "1.0"},
    {"**", "f:1.0", "f:-1.0", "1.0"},
    {"**", "f:1.0", "f:0.5", "1.0"},
    {"**", "f:1.0", "f:-0.5", "1.0"},
    {"**", "f:1.0", "f:2.0", "1.0"},
    {"**", "f:1.0", "f:-2.0", "1.0"},
    {"**", "f:1.0", "f:3.0", "1.0"},
    {"**", "f:1.0", "f:-3.0", "1.0"},
    {"**", "f:1.0", "f:inf", "1.0"},
    {"**", "f:1.0", "f:-inf", "1.0"},
    {"**", "f:1.0", "f:nan", "1.0"},
    {"**", "f:-1.0", "f:0.0", "1.0"},
    {"**", "f:-1.0", "f:-0.0", "1.0"},
    {"**", "f:-1.0", "f:1.0", "-1.0"},
    {"**", "f:-1.0", "f:-1.0", "-1.0"},
    {"**", "f:-1.0", "f:0.5", "(6.123233995736766e-17+1j)"},
    {"**", "f:-1.0", "f:-0.5", "(6.123233995736766e-17-1j)"},
    {"**", "f:-1.0", "f:2.0", "1.0"},
    {"**", "f:-1.0", "f:-2.0", "1.0"},
    {"**", "f:-1.0", "f:3.0", "-1.0"},
    {"**", "f:-1.0", "f:-3.0", "-1.0"},
    {"**", "f:-1.0", "f:inf", "1.0"},
    {"**", "f:-1.0", "f:-inf", "1.0"},
    {"**", "f:-1.0", "f:nan", "nan"},
    {"**", "f:0.5", "f:0.0", "1.0"},
    {"**", "f:0.5", "f:-0.0", "1.0"},
    {"**", "f:0.5", "f:1.0", "0.5"},
    {"**", "f:0.5", "f:-1.0", "2.0"},
    {"**", "f:0.5", "f:0.5", "0.7071067811865476"},
    {"**", "f:0.5", "f:-0.5", "1.4142135623730951"},
    {"**", "f:0.5", "f:2.0", "0.25"},
    {"**", "f:0.5", "f:-2.0", "4.0"},
    {"**", "f:0.5", "f:3.0", "0.125"},
    {"**", "f:0.5", "f:-3.0", "8.0"},
    {"**", "f:0.5", "f:inf", "0.0"},
    {"**", "f:0.5", "f:-inf", "inf"},
    {"**", "f:0.5", "f:nan", "nan"},
    {"**", "f:-0.5", "f:0.0", "1.0"},
    {"**", "f:-0.5", "f:-0.0", "1.0"},
    {"**", "f:-0.5", "f:1.0", "-0.5"},
    {"**", "f:-0.5", "f:-1.0", "-2.0"},
    {"**", "f:-0.5", "f:0.5", "(4.329780281177467e-17+0.7071067811865476j)"},
    {"**", "f:-0.5", "f:-0.5", "(8.659560562354934e-17-1.4142135623730951j)"},
    {"**", "f:-0.5", "f:2.0", "0.25"},
    {"**", "f:-0.5", "f:-2.0", "4.0"},
    {"**", "f:-0.5", "f:3.0", "-0.125"},
    {"**", "f:-0.5", "f:-3.0", "-8.0"},
    {"**", "f:-0.5", "f:inf", "0.0"},
    {"**", "f:-0.5", "f:-inf", "inf"},
    {"**", "f:-0.5", "f:nan", "nan"},
    {"**", "f:2.0", "f:0.0", "1.0"},
    {"**", "f:2.0", "f:-0.0", "1.0"},
    {"**", "f:2.0", "f:1.0", "2.0"},
    {"**", "f:2.0", "f:-1.0", "0.5"},
    {"**", "f:2.0", "f:0.5", "1.4142135623730951"},
    {"**", "f:2.0", "f:-0.5", "0.7071067811865476"},
    {"**", "f:2.0", "f:2.0", "4.0"},
    {"**", "f:2.0", "f:-2.0", "0.25"},
    {"**", "f:2.0", "f:3.0", "8.0"},
    {"**", "f:2.0", "f:-3.0", "0.125"},
    {"**", "f:2.0", "f:inf", "inf"},
    {"**", "f:2.0", "f:-inf", "0.0"},
    {"**", "f:2.0", "f:nan", "nan"},
    {"**", "f:-2.0", "f:0.0", "1.0"},
    {"**", "f:-2.0", "f:-0.0", "1.0"},
    {"**", "f:-2.0", "f:1.0", "-2.0"},
    {"**", "f:-2.0", "f:-1.0", "-0.5"},
    {"**", "f:-2.0", "f:0.5", "(8.659560562354934e-17+1.4142135623730951j)"},
    {"**", "f:-2.0", "f:-0.5", "(4.329780281177467e-17-0.7071067811865476j)"},
    {"**", "f:-2.0", "f:2.0", "4.0"},
    {"**", "f:-2.0", "f:-2.0", "0.25"},
    {"**", "f:-2.0", "f:3.0", "-8.0"},
    {"**", "f:-2.0", "f:-3.0", "-0.125"},
    {"**", "f:-2.0", "f:inf", "inf"},
    {"**", "f:-2.0", "f:-inf", "0.0"},
    {"**", "f:-2.0", "f:nan", "nan"},
    {"**", "f:3.0", "f:0.0", "1.0"},
    {"**", "f:3.0", "f:-0.0", "1.0"},
    {"**", "f:3.0", "f:1.0", "3.0"},
    {"**", "f:3.0", "f:-1.0", "0.3333333333333333"},
    {"**", "f:3.0", "f:0.5", "1.7320508075688772"},
    {"**", "f:3.0", "f:-0.5", "0.5773502691896257"},
    {"**", "f:3.0", "f:2.0", "9.0"},
    {"**", "f:3.0", "f:-2.0", "0.1111111111111111"},
    {"**", "f:3.0", "f:3.0", "27.0"},
    {"**", "f:3.0", "f:-3.0", "0.037037037037037035"},
    {"**", "f:3.0", "f:inf", "inf"},
    {"**", "f:3.0", "f:-inf", "0.0"},
    {"**", "f:3.0", "f:nan", "nan"},
    {"**", "f:-3.0", "f:0.0", "1.0"},
    {"**", "f:-3.0", "f:-0.0", "1.0"},
    {"**", "f:-3.0", "f:1.0", "-3.0"},
    {"**", "f:-3.0", "f:-1.0", "-0.3333333333333333"},
    {"**", "f:-3.0", "f:0.5", "(1.0605752387249068e-16+1.7320508075688772j)"},
    {"**", "f:-3.0", "f:-0.5", "(3.5352507957496895e-17-0.5773502691896257j)"},
    {"**", "f:-3.0", "f:2.0", "9.0"},
    {"**", "f:-3.0", "f:-2.0", "0.1111111111111111"},
    {"**", "f:-3.0", "f:3.0", "-27.0"},
    {"**", "f:-3.0", "f:-3.0", "-0.037037037037037035"},
    {"**", "f:-3.0", "f:inf", "inf"},
    {"**", "f:-3.0", "f:-inf", "0.0"},
    {"**", "f:-3.0", "f:nan", "nan"},
    {"**", "f:inf", "f:0.0", "1.0"},
    {"**", "f:inf", "f:-0.0", "1.0"},
    {"**", "f:inf", "f:1.0", "inf"},
    {"**", "f:inf", "f:-1.0", "0.0"},
    {"**", "f:inf", "f:0.5", "inf"},
    {"**", "f:inf", "f:-0.5", "0.0"},
    {"**", "f:inf", "f:2.0", "inf"},
    {"**", "f:inf", "f:-2.0", "0.0"},
    {"**", "f:inf", "f:3.0", "inf"},
    {"**", "f:inf", "f:-3.0", "0.0"},
    {"**", "f:inf", "f:inf", "inf"},
    {"**", "f:inf", "f:-inf", "0.0"},
    {"**", "f:inf", "f:nan", "nan"},
    {"**", "f:-inf", "f:0.0", "1.0"},
    {"**", "f:-inf", "f:-0.0", "1.0"},
    {"**", "f:-inf", "f:1.0", "-inf"},
    {"**", "f:-inf", "f:-1.0", "-0.0"},
    {"**", "f:-inf", "f:0.5", "inf"},
    {"**", "f:-inf", "f:-0.5", "0.0"},
    {"**", "f:-inf", "f:2.0", "inf"},
    {"**", "f:-inf", "f:-2.0", "0.0"},
    {"**", "f:-inf", "f:3.0", "-inf"},
    {"**", "f:-inf", "f:-3.0", "-0.0"},
    {"**", "f:-inf", "f:inf", "inf"},
    {"**", "f:-inf", "f:-inf", "0.0"},
    {"**", "f:-inf", "f:nan", "nan"},
    {"**", "f:nan", "f:0.0", "1.0"},
    {"**", "f:nan", "f:-0.0", "1.0"},
    {"**", "f:nan", "f:1.0", "nan"},
    {"**", "f:nan", "f:-1.0", "nan"},
    {"**", "f:nan", "f:0.5", "nan"},
    {"**", "f:nan", "f:-0.5", "nan"},
    {"**", "f:nan", "f:2.0", "nan"},
    {"**", "f:nan", "f:-2.0", "nan"},
    {"**", "f:nan", "f:3.0", "nan"},
    {"**", "f:nan", "f:-3.0", "nan"},
    {"**", "f:nan", "f:inf", "nan"},
    {"**", "f:nan", "f:-inf", "nan"},
    {"**", "f:nan", "f:nan", "nan"},
    {"divmod", "f:7.5", "f:2.0", "(3.0, 1.5)"},
    {"//", "f:7.5", "f:2.0", "3.0"},
    {"%", "f:7.5", "f:2.0", "1.5"},
    {"divmod", "f:-7.5", "f:-2.0", "(3.0, -1.5)"},
    {"//", "f:-7.5", "f:-2.0", "3.0"},
    {"%", "f:-7.5", "f:-2.0", "-1.5"},
    {"divmod", "f:0.0", "f:-3.0", "(-0.0, -0.0)"},
    {"//", "f:0.0", "f:-3.0", "-0.0"},
    {"%", "f:0.0", "f:-3.0", "-0.0"},
    {"divmod", "f:1.0", "f:-inf", "(-1.0, -inf)"},
    {"//", "f:1.0", "f:-inf", "-1.0"},
    {"%", "f:1.0", "f:-inf", "-inf"},
    {"divmod", "f:inf", "f:2.0", "(nan, nan)"},
    {"//", "f:inf", "f:2.0", "nan"},
    {"%", "f:inf", "f:2.0", "nan"},
    {"divmod", "f:0.1", "f:0.01", "(10.0, 3.469446951953614e-18)"},
    {"//", "f:0.1", "f:0.01", "10.0"},
    {"%", "f:0.1", "f:0.01", "3.469446951953614e-18"},
    {"divmod", "f:1e308", "f:1e-308", "(inf, 3.498445546245627e-309)"},
    {"//", "f:1e308", "f:1e-308", "inf"},
    {"%", "f:1e308", "f:1e-308", "3.498445546245627e-309"},
    {"divmod", "f:-0.0", "f:-3.0", "(0.0, -0.0)"},
    {"//", "f:-0.0", "f:-3.0", "0.0"},
    {"%", "f:-0.0", "f:-3.0", "-0.0"},
};

/* The object an operand spec describes (a new reference). */
static KrObject *make(const char *spec)
{
    const char *t = spec + 2;
    switch (spec[0]) {
    case 'f': return kri_float_from_double(ts, strtod(t, NULL));
    case 'i': return kri_int_from_str(ts, t, (ssize_t)strlen(t), 10, NULL);
    case 'c': {
        char *comma;
        double re = strtod(t, &comma);
        return kri_complex_from_doubles(ts, re, strtod(comma + 1, NULL));
    }
    case 's': return kri_str_from_cstr(ts, t);
    case 'b': return kri_bytes_new(ts, t, (ssize_t)strlen(t));
    default: return KR_NONE;
    }
}

/* repr of [o] (consumed), or the pending error as "Type: message". */
static const char *outcome(KrObject *o)
{
    static char buf[1024];
    KrObject *text = o ? kri_object_repr(ts, o) : NULL;
    kr_xdecref(o);
    if (text) {
        snprintf(buf, sizeof buf, "%s", kri_str_utf8(ts, text, NULL));
        kr_decref(text);
        return buf;
    }
    KrObject *e = kri_err_fetch(ts);
    if (!e)
        return "(no error)";
    KrObject *s = kri_object_str(ts, e);
    snprintf(buf, sizeof buf, "%s: %s", kri_type_name(e->ob_type),
             s ? kri_str_utf8(ts, s, NULL) : "?");
    kr_xdecref(s);
    kr_decref(e);
    return buf;
}

static const struct {
    const char *name;
    KrNbOp op;
} binops[] = {
    {"+", KR_NB_ADD}, {"-", KR_NB_SUBTRACT}, {"*", KR_NB_MULTIPLY}, {"/", KR_NB_TRUE_DIVIDE},
    {"//", KR_NB_FLOOR_DIVIDE}, {"%", KR_NB_REMAINDER}, {"divmod", KR_NB_DIVMOD},
    {"**", KR_NB_POWER},
};
static const char *const compare_ops[] = {"<", "<=", "==", "!=", ">", ">="};

static KrObject *call_named(KrObject *self, const char *name, KrObject *arg)
{
    KrObject *n = kri_str_from_cstr(ts, name);
    KrObject *r = kri_call_method(ts, self, n, &arg, arg ? 1 : 0);
    kr_decref(n);
    return r;
}

static KrObject *construct(KrType *type, KrObject *a, KrObject *b, bool none_a)
{
    KrObject *args[2] = {a, b};
    return kri_call(ts, KR_OBJ(type), args, none_a ? 0 : b ? 2 : 1, NULL);
}

static KrObject *apply(const Row *r, KrObject *a, KrObject *b)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(binops); i++)
        if (!strcmp(r->op, binops[i].name))
            return kri_number_binop(ts, a, b, binops[i].op);
    for (int i = 0; i < 6; i++)
        if (!strcmp(r->op, compare_ops[i]))
            return kri_object_richcompare(ts, a, b, i);
    if (!strcmp(r->op, "pow3"))
        return kri_number_power(ts, a, b, kri_int_small(2));
    if (!strcmp(r->op, "neg"))
        return kri_number_negative(ts, a);
    if (!strcmp(r->op, "pos"))
        return kri_number_positive(ts, a);
    if (!strcmp(r->op, "abs"))
        return kri_number_absolute(ts, a);
    if (!strcmp(r->op, "bool")) {
        int t = kri_object_is_true(ts, a);
        return t < 0 ? NULL : kr_bool(t);
    }
    if (!strcmp(r->op, "hash")) {
        int64_t h = kri_object_hash(ts, a);
        return h == -1 ? NULL : kri_int_from_i64(ts, h);
    }
    if (!strcmp(r->op, "repr"))
        return kr_incref(a);
    if (!strcmp(r->op, "int"))
        return kri_number_int(ts, a);
    if (!strcmp(r->op, "float"))
        return construct(&kr_float_type, a, b, r->a[0] == 'n');
    if (!strcmp(r->op, "complex"))
        return construct(&kr_complex_type, a, b, r->a[0] == 'n');
    if (r->op[0] == '.')
        return call_named(a, r->op + 1, b);
    return call_named(KR_OBJ(&kr_float_type), r->op + 2, a); /* "F.name" */
}

TEST(test_table)
{
    for (size_t i = 0; i < KR_ARRAY_LEN(rows); i++) {
        const Row *r = &rows[i];
        KrObject *a = make(r->a), *b = r->b ? make(r->b) : NULL;
        const char *got = outcome(apply(r, a, b));
        if (strcmp(got, r->want)) {
            printf("row %zu: %s %s %s\n  got  %s\n  want %s\n", i, r->op, r->a,
                   r->b ? r->b : "", got, r->want);
            kt_state.current_failed = 1;
        }
        kr_decref(a);
        kr_xdecref(b);
    }
}

/* What the table cannot say: identities, argument errors, exact types. */
TEST(test_details)
{
    KrObject *f = kri_float_from_double(ts, 2.5);
    KrObject *same = construct(&kr_float_type, f, NULL, false);
    CHECK(same == f);
    kr_xdecref(same);
    kr_decref(f);
    KrObject *z = kri_complex_from_doubles(ts, 1.0, 2.0);
    same = construct(&kr_complex_type, z, NULL, false);
    CHECK(same == z);
    kr_xdecref(same);
    kr_decref(z);
    KrObject *args[3] = {kri_int_small(1), kri_int_small(2), kri_int_small(3)};
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_float_type), args, 2, NULL)),
                 "TypeError: float expected at most 1 argument, got 2");
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_complex_type), args, 3, NULL)),
                 "TypeError: complex() takes at most 2 arguments (3 given)");
    KrObject *imag = kri_str_from_cstr(ts, "imag"), *real = kri_str_from_cstr(ts, "real");
    KrObject *bad = kri_str_from_cstr(ts, "x");
    KrObject *kw = kri_tuple_pack(ts, 1, imag);
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_complex_type), args + 1, 0, kw)), "2j");
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_float_type), args, 0, kw)),
                 "TypeError: float() takes no keyword arguments");
    KR_SETREF(kw, kri_tuple_pack(ts, 1, real));
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_complex_type), args, 1, kw)),
                 "TypeError: argument for complex() given by name ('real') and position (1)");
    KR_SETREF(kw, kri_tuple_pack(ts, 1, bad));
    CHECK_EQ_STR(outcome(kri_call(ts, KR_OBJ(&kr_complex_type), args, 0, kw)),
                 "TypeError: 'x' is an invalid keyword argument for complex()");
    kr_decref(kw);
    kr_decref(imag);
    kr_decref(real);
    kr_decref(bad);
    KrObject *c = kri_complex_from_doubles(ts, 3.0, 4.0);
    KrObject *im = kri_object_getattr_cstr(ts, c, "imag");
    CHECK(im && kr_is_type(im, &kr_float_type) && KR_FLOAT_VALUE(im) == 4.0);
    kr_xdecref(im);
    kr_decref(c);
    KrObject *x = kri_float_from_double(ts, 1.5);
    KrObject *fr = kri_object_getattr_cstr(ts, x, "real");
    KrObject *fi = kri_object_getattr_cstr(ts, x, "imag");
    CHECK(fr == x);
    CHECK_EQ_STR(outcome(fi), "0.0");
    kr_xdecref(fr);
    kr_decref(x);
    KrObject *nan = kri_float_from_double(ts, NAN);
    CHECK(kri_object_hash(ts, nan) == kri_hash_pointer(nan));
    kr_decref(nan);
}

int main(void)
{
    setenv("PYTHONHASHSEED", "0", 1);
    ts = kri_runtime_start(0, NULL);
    if (!ts || kri_type_ready(ts, &kr_complex_type) < 0) {
        printf("runtime did not start\n");
        return 1;
    }
    RUN(test_table);
    RUN(test_details);
    kri_runtime_finish(ts);
    return kt_finish();
}
