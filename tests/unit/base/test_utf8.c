/* kri_utf8_valid_prefix: the units Python's UTF-8 decoder reports and
 * replaces, checked against what b'...'.decode('utf-8', 'replace') gives. */
#include "base/base.h"
#include "harness.h"

static size_t prefix(const char *s, bool *complete)
{
    return kri_utf8_valid_prefix(s, strlen(s), complete);
}

TEST(valid_sequences)
{
    bool ok;
    CHECK_EQ_INT(prefix("a", &ok), 1);
    CHECK(ok);
    CHECK_EQ_INT(prefix("\xc3\xa9", &ok), 2);
    CHECK(ok);
    CHECK_EQ_INT(prefix("\xe2\x82\xac", &ok), 3);
    CHECK(ok);
    CHECK_EQ_INT(prefix("\xf0\x9f\x98\x80", &ok), 4);
    CHECK(ok);
}

TEST(invalid_sequences)
{
    bool ok;
    CHECK_EQ_INT(prefix("\x80", &ok), 1); /* continuation byte first */
    CHECK(!ok);
    CHECK_EQ_INT(prefix("\xc0\x80", &ok), 1); /* overlong lead */
    CHECK(!ok);
    CHECK_EQ_INT(prefix("\xed\xa0\x80", &ok), 1); /* surrogate: ED takes 80-9F */
    CHECK(!ok);
    CHECK_EQ_INT(prefix("\xe2\x82", &ok), 2); /* truncated */
    CHECK(!ok);
    CHECK_EQ_INT(prefix("\xe2\x82" "A", &ok), 2); /* bad third byte */
    CHECK(!ok);
    CHECK_EQ_INT(prefix("\xf4\x90\x80\x80", &ok), 1); /* above U+10FFFF */
    CHECK(!ok);
    CHECK_EQ_INT(prefix("\xff", &ok), 1);
    CHECK(!ok);
}

int main(void)
{
    RUN(valid_sequences);
    RUN(invalid_sequences);
    return kt_finish();
}
