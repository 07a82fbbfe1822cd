import Foundation

/// Which Drover made a manifest, and with which options that change the output from the same
/// files. A manifest written by any other Drover binary (another version, or a rebuild of the
/// same version with changed code) or with other options is not used.
enum BuildIdentity {
    static func key(includeDrafts: Bool) -> String {
        "\(DroverVersion.current) \(executable) drafts=\(includeDrafts)"
    }

    /// The running executable's size and modification time: cheap, and different for every build of it.
    private static let executable: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size)@\(modified)"
    }()
}
