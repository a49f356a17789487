/* Character properties of the Unicode database: the classes the tokenizer
 * and str methods test, and the per-character answers of unicodedata
 * (category, bidirectional class, combining class, east asian width,
 * mirrored, decimal/digit/numeric values), all as CPython 3.11 gives them.
 * Each answer is one record of the generated tables (unicode_db.gen.h
 * describes their layout); record 0 is what an unassigned code point, or
 * one above 0x10FFFF, has, so no function needs a range check of its own.
 * ASCII is answered without the tables where callers test it per character
 * of every identifier and number; the tables agree (check_unicode.py covers
 * both). */
#include "base/base.h"
#include "base/unicode_db.gen.h"

static uint32_t flags_of(uint32_t cp)
{
    return kri_unicode_db_props_of(cp)->flags;
}

static bool is_ascii_letter(uint32_t cp)
{
    return (cp | 0x20) - 'a' < 26;
}

/* ---- classes ---- */

bool kri_unicode_is_xid_start(uint32_t cp)
{
    if (cp < 0x80)
        return is_ascii_letter(cp) || cp == '_';
    return (flags_of(cp) & KR_UPROP_XID_START) != 0;
}

bool kri_unicode_is_xid_continue(uint32_t cp)
{
    if (cp < 0x80)
        return is_ascii_letter(cp) || cp - '0' < 10 || cp == '_';
    return (flags_of(cp) & KR_UPROP_XID_CONTINUE) != 0;
}

bool kri_unicode_is_printable(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_PRINTABLE) != 0;
}

bool kri_unicode_is_alpha(uint32_t cp)
{
    if (cp < 0x80)
        return is_ascii_letter(cp);
    return (flags_of(cp) & KR_UPROP_ALPHA) != 0;
}

bool kri_unicode_is_decimal(uint32_t cp)
{
    if (cp < 0x80)
        return cp - '0' < 10;
    return (flags_of(cp) & KR_UPROP_DECIMAL) != 0;
}

bool kri_unicode_is_digit(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_DIGIT) != 0;
}

bool kri_unicode_is_numeric(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_NUMERIC) != 0;
}

bool kri_unicode_is_alnum(uint32_t cp)
{
    /* Decimal and digit values imply a numeric one (the generator checks). */
    return (flags_of(cp) & (KR_UPROP_ALPHA | KR_UPROP_NUMERIC)) != 0;
}

bool kri_unicode_is_space(uint32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp - '\t' < 5 || cp - 0x1C < 4;
    return (flags_of(cp) & KR_UPROP_SPACE) != 0;
}

bool kri_unicode_is_linebreak(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_LINEBREAK) != 0;
}

bool kri_unicode_is_lower(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_LOWER) != 0;
}

bool kri_unicode_is_upper(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_UPPER) != 0;
}

bool kri_unicode_is_title(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_TITLE) != 0;
}

bool kri_unicode_is_cased(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_CASED) != 0;
}

bool kri_unicode_is_case_ignorable(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_CASE_IGNORABLE) != 0;
}

bool kri_unicode_is_mirrored(uint32_t cp)
{
    return (flags_of(cp) & KR_UPROP_MIRRORED) != 0;
}

/* ---- unicodedata's properties ---- */

KrUnicodeCategory kri_unicode_category(uint32_t cp)
{
    return (KrUnicodeCategory)kri_unicode_db_props_of(cp)->category;
}

const char *kri_unicode_category_name(KrUnicodeCategory cat)
{
    return (unsigned)cat < KR_UCAT_COUNT ? kri_unicode_db_category_names[cat] : "Cn";
}

const char *kri_unicode_bidirectional(uint32_t cp)
{
    return kri_unicode_db_bidi_names[kri_unicode_db_props_of(cp)->bidi];
}

unsigned kri_unicode_combining(uint32_t cp)
{
    return kri_unicode_db_props_of(cp)->ccc;
}

const char *kri_unicode_east_asian_width(uint32_t cp)
{
    return kri_unicode_db_eaw_names[kri_unicode_db_props_of(cp)->eaw];
}

int kri_unicode_decimal(uint32_t cp)
{
    return kri_unicode_db_numeric_of(cp)->decimal;
}

int kri_unicode_digit(uint32_t cp)
{
    return kri_unicode_db_numeric_of(cp)->digit;
}

bool kri_unicode_numeric(uint32_t cp, double *value)
{
    /* Record 0 is the only one without a value: a value of 0 (U+0030)
     * has a record of its own. */
    uint32_t idx = cp < 0x110000 ? kri_unicode_db_numeric_index(cp) : 0;
    if (idx == 0)
        return false;
    *value = kri_unicode_db_numeric[idx].value;
    return true;
}
