// The commit a binary was built from, for `drover --version`: scripts/build-static names it
// (see build_info.c); a plain `swift build` says "unknown".
#ifndef DROVER_BUILD_INFO_H
#define DROVER_BUILD_INFO_H

const char *drover_build_commit(void);

#endif
