import CDroverBuildInfo
import DroverCore

/// What `drover --version` prints: the version and the commit the binary was built from,
/// e.g. `drover 0.1.0 (5e30a26)`. The commit comes from the build (scripts/build-static);
/// a plain `swift build` has none and says "unknown".
enum BuildInfo {
    static let commit: String = {
        let value = String(cString: drover_build_commit())
        return value.isEmpty ? "unknown" : value
    }()

    static let versionLine = "drover \(DroverVersion.current) (\(commit))"
}
