#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU and its encoding header then includes ICU's, which clash with the
// copy of ICU inside Swift's Foundation. Rostrum never touches libxml2's encoding handlers (it hands the
// parser UTF-8), so the ICU parts of that header are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/// libxml2 frees its strings through a function pointer variable, which Swift cannot call directly.
static inline void rostrum_xml_free(void *p) { xmlFree(p); }
