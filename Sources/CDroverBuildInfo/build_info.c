#include "drover_build_info.h"

// Defined here, not in the header, so that only this file is recompiled when the commit
// changes, and the Swift side imports the same module whatever the commit is.
#ifndef DROVER_COMMIT
#define DROVER_COMMIT "unknown"
#endif

const char *drover_build_commit(void) {
    return DROVER_COMMIT;
}
