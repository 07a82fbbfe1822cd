// The commit a binary was built from. scripts/build-static passes it in with
// `-Xcc -DDROVER_COMMIT=\"<short id>\"`; a plain `swift build` leaves it "unknown".
#ifndef DROVER_BUILD_INFO_H
#define DROVER_BUILD_INFO_H

const char *drover_build_commit(void);

#endif
