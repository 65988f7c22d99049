#ifndef LEERPAD_CLIBXML2_SHIM_H
#define LEERPAD_CLIBXML2_SHIM_H

/* Debian's libxml2 headers pull in the system ICU, whose types clash with the ICU
   that Foundation bundles ("'UErrorCode' has different definitions"). Leerpad never
   needs libxml2's ICU support, so hide it before any libxml2 header is read. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared
   mutable state; call it through this function instead. */
static inline void leerpad_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/* libxml2's generic error handler is variadic, which Swift cannot express: silence it
   for the calling thread here. Leerpad collects every error through structured handlers. */
static void leerpad_ignoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void leerpad_silenceGenericErrors(void) {
    xmlSetGenericErrorFunc(NULL, leerpad_ignoreGenericError);
}

#endif
