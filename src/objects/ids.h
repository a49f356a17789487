/* Immortal static identifier strings (ids.c), interned in every
 * interpreter at start-up: KR_ID(__init__) is the str "__init__". Add a name
 * to the list to use it. Included by types.h. */
#ifndef KRAIT_IDS_H
#define KRAIT_IDS_H

/* X(c_name, "text"). Each area of the code keeps its own names in
 * objects/ids/<area>.h (so parallel work does not collide); a name must
 * appear once in all the lists together. */
#include "objects/ids/int.h"
#include "objects/ids/float.h"
#include "objects/ids/format.h"
#include "objects/ids/str.h"
#include "objects/ids/bytes.h"
#include "objects/ids/containers.h"
#include "objects/ids/iter.h"
#include "objects/ids/class.h"
#include "objects/ids/vm.h"
#include "objects/ids/exc.h"
#include "objects/ids/excgroup.h"
#include "objects/ids/async.h"
#include "objects/ids/descr.h"
#include "objects/ids/generic.h"
#include "objects/ids/perf.h"

#define KR_ID_LIST_CORE(X)                                                              \
    X(__abs__, "__abs__") X(__add__, "__add__") X(__aenter__, "__aenter__")       \
    X(__aexit__, "__aexit__") X(__aiter__, "__aiter__") X(__all__, "__all__")     \
    X(__and__, "__and__") X(__anext__, "__anext__")                               \
    X(__annotations__, "__annotations__") X(__await__, "__await__")               \
    X(__bases__, "__bases__") X(__bool__, "__bool__")                             \
    X(__build_class__, "__build_class__") X(__builtins__, "__builtins__")         \
    X(__call__, "__call__") X(__class__, "__class__")                             \
    X(__class_getitem__, "__class_getitem__") X(__classcell__, "__classcell__")   \
    X(dunder_complex, "__complex__") X(__contains__, "__contains__")                 \
    X(__del__, "__del__") X(__delattr__, "__delattr__")                           \
    X(__delete__, "__delete__") X(__delitem__, "__delitem__")                     \
    X(__dict__, "__dict__") X(__dir__, "__dir__") X(__divmod__, "__divmod__")     \
    X(__doc__, "__doc__") X(__enter__, "__enter__") X(__eq__, "__eq__")           \
    X(__exit__, "__exit__") X(__file__, "__file__") X(__float__, "__float__")     \
    X(__floordiv__, "__floordiv__") X(__format__, "__format__")                   \
    X(__ge__, "__ge__") X(__get__, "__get__") X(__getattr__, "__getattr__")       \
    X(__getattribute__, "__getattribute__") X(__getitem__, "__getitem__")         \
    X(__gt__, "__gt__") X(__hash__, "__hash__") X(__iadd__, "__iadd__")           \
    X(__iand__, "__iand__") X(__ifloordiv__, "__ifloordiv__")                     \
    X(__ilshift__, "__ilshift__") X(__imatmul__, "__imatmul__")                   \
    X(__imod__, "__imod__") X(__import__, "__import__") X(__imul__, "__imul__")   \
    X(__index__, "__index__") X(__init__, "__init__")                             \
    X(__init_subclass__, "__init_subclass__")                                     \
    X(__instancecheck__, "__instancecheck__") X(__int__, "__int__")               \
    X(__invert__, "__invert__") X(__ior__, "__ior__") X(__ipow__, "__ipow__")     \
    X(__irshift__, "__irshift__") X(__isub__, "__isub__") X(__iter__, "__iter__") \
    X(__itruediv__, "__itruediv__") X(__ixor__, "__ixor__") X(__le__, "__le__")   \
    X(__len__, "__len__") X(__length_hint__, "__length_hint__")                   \
    X(__loader__, "__loader__") X(__lshift__, "__lshift__") X(__lt__, "__lt__")   \
    X(__main__, "__main__") X(__matmul__, "__matmul__")                           \
    X(__missing__, "__missing__") X(__mod__, "__mod__") X(__module__, "__module__") \
    X(__mro__, "__mro__") X(__mro_entries__, "__mro_entries__")                   \
    X(__mul__, "__mul__") X(__name__, "__name__") X(__ne__, "__ne__")             \
    X(__neg__, "__neg__") X(__new__, "__new__") X(__next__, "__next__")           \
    X(__notes__, "__notes__") X(__or__, "__or__") X(__orig_bases__, "__orig_bases__") \
    X(__package__, "__package__") X(__pos__, "__pos__") X(__pow__, "__pow__")     \
    X(__prepare__, "__prepare__") X(__qualname__, "__qualname__")                 \
    X(__radd__, "__radd__") X(__rand__, "__rand__") X(__rdivmod__, "__rdivmod__") \
    X(__repr__, "__repr__") X(__reversed__, "__reversed__")                       \
    X(__rfloordiv__, "__rfloordiv__") X(__rlshift__, "__rlshift__")               \
    X(__rmatmul__, "__rmatmul__") X(__rmod__, "__rmod__") X(__rmul__, "__rmul__") \
    X(__ror__, "__ror__") X(__round__, "__round__") X(__rpow__, "__rpow__")       \
    X(__rrshift__, "__rrshift__") X(__rshift__, "__rshift__")                     \
    X(__rsub__, "__rsub__") X(__rtruediv__, "__rtruediv__")                       \
    X(__rxor__, "__rxor__") X(__set__, "__set__") X(__set_name__, "__set_name__") \
    X(__setattr__, "__setattr__") X(__setitem__, "__setitem__")                   \
    X(__slots__, "__slots__") X(__spec__, "__spec__") X(__str__, "__str__")       \
    X(__sub__, "__sub__") X(__subclasscheck__, "__subclasscheck__")               \
    X(__truediv__, "__truediv__") X(__trunc__, "__trunc__")                       \
    X(__weakref__, "__weakref__") X(__xor__, "__xor__")                           \
    X(anon_dictcomp, "<dictcomp>") X(anon_genexpr, "<genexpr>")                   \
    X(anon_lambda, "<lambda>") X(anon_listcomp, "<listcomp>")                     \
    X(anon_module, "<module>") X(anon_setcomp, "<setcomp>")                       \
    X(anon_string, "<string>") X(args, "args") X(builtins, "builtins")            \
    X(close, "close") X(code, "code") X(encoding, "encoding") X(end, "end")       \
    X(errors, "errors") X(file, "file") X(flush, "flush") X(items, "items")       \
    X(keys, "keys") X(metaclass, "metaclass") X(mro, "mro") X(name, "name")       \
    X(obj, "obj") X(send, "send") X(sep, "sep") X(stderr, "stderr")               \
    X(stdout, "stdout") X(sys, "sys") X(throw, "throw") X(value, "value")         \
    X(values, "values") X(write, "write")

#define KR_ID_LIST(X)                                                              \
    KR_ID_LIST_CORE(X)                                                     \
    KR_ID_LIST_INT(X)                                                      \
    KR_ID_LIST_FLOAT(X)                                                    \
    KR_ID_LIST_FORMAT(X)                                                   \
    KR_ID_LIST_STR(X)                                                      \
    KR_ID_LIST_BYTES(X)                                                    \
    KR_ID_LIST_CONTAINERS(X)                                               \
    KR_ID_LIST_ITER(X)                                                     \
    KR_ID_LIST_CLASS(X)                                                    \
    KR_ID_LIST_VM(X)                                                       \
    KR_ID_LIST_EXC(X)                                                      \
    KR_ID_LIST_EXCGROUP(X)                                                 \
    KR_ID_LIST_ASYNC(X)                                                    \
    KR_ID_LIST_DESCR(X)                                                    \
    KR_ID_LIST_GENERIC(X)                                                  \
    KR_ID_LIST_PERF(X)

#define KR_ID_FIELD(cname, text)                                                   \
    struct {                                                                       \
        KrStr base;                                                                \
        char data[sizeof(text)];                                                   \
    } cname;
typedef struct KrIds {
    KR_ID_LIST(KR_ID_FIELD)
} KrIds;
#undef KR_ID_FIELD

/* Immortal and shared by every interpreter; only their hash cache is
 * written (each thread writes the same value). */
KR_HIDDEN extern KrIds kri_ids;
#define KR_ID(cname) ((KrObject *)&kri_ids.cname.base)

#endif
