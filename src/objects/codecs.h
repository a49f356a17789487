/* Text codecs (codecs.c): str.encode and bytes.decode for the common
 * encodings -- utf-8, ascii, latin-1, utf-16 and utf-32 (with BOM or an
 * explicit -le/-be), cp1252 -- with the error handlers strict, ignore,
 * replace, surrogateescape, surrogatepass, backslashreplace,
 * xmlcharrefreplace and namereplace (the last two for encoding only).
 * Encoding names are normalized as Python's encodings.normalize_encoding
 * does and matched against the aliases of the encodings package. Errors are
 * CPython 3.11's: UnicodeEncodeError / UnicodeDecodeError carrying
 * encoding, object, start, end and reason; LookupError "unknown encoding:
 * x" and "unknown error handler name 'x'". */
#ifndef KRAIT_CODECS_H
#define KRAIT_CODECS_H

#include "objects/objects.h"

/* [str].encode([encoding], [errors]) as a new bytes object. NULL
 * [encoding] means "utf-8" and NULL [errors] "strict". */
KR_HIDDEN KrObject *kri_codec_encode(KrThread *ts, KrObject *str, const char *encoding,
                                     const char *errors);
/* [data][len].decode([encoding], [errors]) as a new str. NULL arguments as
 * above. [data] is only read; a UnicodeDecodeError's `object` is a bytes
 * copy of it, as CPython's. */
KR_HIDDEN KrObject *kri_codec_decode(KrThread *ts, const char *data, ssize_t len,
                                     const char *encoding, const char *errors);

#endif
