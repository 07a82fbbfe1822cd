#include "drover_build_info.h"

// scripts/build-static writes drover_commit.h (#define DROVER_COMMIT "<short id>") into a
// folder of its scratch path and adds that folder with -Xcc -I. Included here, not in the
// public header: a new commit recompiles this one file, and Swift imports the same module
// whatever the commit.
#if defined(__has_include)
#if __has_include(<drover_commit.h>)
#include <drover_commit.h>
#endif
#endif

#ifndef DROVER_COMMIT
#define DROVER_COMMIT "unknown"
#endif

const char *drover_build_commit(void) {
    return DROVER_COMMIT;
}
