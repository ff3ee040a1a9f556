// GNU gettext's runtime, part of the C library on Debian (no library to link): the app's translations.
#include <libintl.h>
