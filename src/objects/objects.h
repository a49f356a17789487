/* The objects subsystem's internal header: the object model (object.h,
 * type.h) and the API of every builtin type, one section per file. Files
 * outside src/objects include this header only. See docs/internals/objects.md. */
#ifndef KRAIT_OBJECTS_H
#define KRAIT_OBJECTS_H

#include "runtime/runtime.h"
#include "objects/object.h"
#include "objects/protocols.h"
#include "objects/types.h"

#endif
