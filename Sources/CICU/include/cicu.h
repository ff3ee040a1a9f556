#ifndef ROSTRUM_CICU_H
#define ROSTRUM_CICU_H
#include <stdint.h>

/// ICU's word boundaries over a UTF-16 text, through plain functions: ICU's own names are macros that add its
/// version ("ubrk_open_72"), which Swift cannot call by the unversioned name.
/// The text must stay where it is until the handle is closed. Returns NULL when ICU cannot break the text.
void *rostrum_word_breaks_open(const uint16_t *text, int32_t length);
/// 1 when a word begins or ends at `offset` (in UTF-16 units), else 0.
int rostrum_word_breaks_is_boundary(void *breaks, int32_t offset);
void rostrum_word_breaks_close(void *breaks);

#endif
