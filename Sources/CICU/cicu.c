#include "cicu.h"
#include <unicode/ubrk.h>

void *rostrum_word_breaks_open(const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    // The root locale's rules already use ICU's dictionary for Chinese and Japanese.
    UBreakIterator *breaks = ubrk_open(UBRK_WORD, "", (const UChar *)text, length, &status);
    if (U_FAILURE(status)) {
        if (breaks) ubrk_close(breaks);
        return 0;
    }
    return breaks;
}

int rostrum_word_breaks_is_boundary(void *breaks, int32_t offset) {
    return ubrk_isBoundary((UBreakIterator *)breaks, offset) ? 1 : 0;
}

void rostrum_word_breaks_close(void *breaks) {
    if (breaks) ubrk_close((UBreakIterator *)breaks);
}
