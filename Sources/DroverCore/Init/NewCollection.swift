import Foundation
import SystemPackage

/// What `drover init` is asked for: where, in which language, and the values site.yml starts with.
public struct NewCollectionRequest: Sendable {
    public var directory: String
    public var language: StarterLanguage
    /// site.yml's `title`; the language's "My collection" when nil.
    public var title: String?
    /// site.yml's `base_url`; `https://example.org/` when nil, to be set before publishing.
    public var baseURL: String?
    /// Write into a folder that already holds files (never replacing one of them).
    public var force: Bool
    /// The example entry's `added`: passed in so the result does not depend on the clock.
    public var today: ISODate

    public init(directory: String, language: StarterLanguage = .en, title: String? = nil, baseURL: String? = nil, force: Bool = false,
                today: ISODate) {
        self.directory = directory
        self.language = language
        self.title = title
        self.baseURL = baseURL
        self.force = force
        self.today = today
    }
}

/// `drover init`: a collection that builds at once, in a folder of its own.
///
/// The theme is a copy of the default one (`EmbeddedTheme`, compiled into the binary so a drover
/// installed alone can write it), not a theme built into the binary that a site would use
/// without a folder: the collection then builds with the same `drover build` as any other, its
/// owner edits templates, styles and strings in place, and a newer drover never changes how an
/// existing site looks until its owner copies the new theme in.
public enum NewCollection {
    /// The default `base_url`: a placeholder address, valid so the site builds, that site.yml's
    /// comment says to replace.
    public static let placeholderBaseURL = "https://example.org/"

    /// The block the new collection starts with, where the next entry can go.
    public static let exampleBlock = StarterFiles.block

    /// Every file init writes, path in the collection's folder → text, sorted by path.
    static func files(_ request: NewCollectionRequest) -> [(path: String, text: String)] {
        let starter = StarterFiles(language: request.language, title: request.title ?? request.language.defaultTitle,
                                   baseURL: request.baseURL ?? placeholderBaseURL, today: request.today)
        let theme = EmbeddedTheme.files.map { (path: "theme/" + $0.path, text: $0.text) }
        return (starter.all + StarterWorkflows.all + theme).sorted { $0.path < $1.path }
    }

    /// Writes the collection and returns the paths written (relative to the folder, sorted), or
    /// every reason it wrote nothing: a folder that is not empty (without `force`), a file that
    /// is there already (with it), a title or address site.yml could not hold.
    public static func create(_ request: NewCollectionRequest) -> Result<[String], Refusal> {
        var problems: [Diagnostic] = []
        if let title = request.title, title.allSatisfy(\.isWhitespace) {
            problems.append(Diagnostic(file: "--title", message: "the title is empty", fix: "pass the collection's name, or leave --title out",
                                       kind: .configuration))
        }
        if let baseURL = request.baseURL, !URLNormalization.isSafeAbsoluteHTTP(baseURL) {
            problems.append(Diagnostic(file: "--base-url", message: "the address must be an absolute http(s) URL, found \"\(baseURL)\"",
                                       fix: "write it like https://owner.github.io/repo/", kind: .configuration))
        }
        let files = files(request)
        let fileManager = FileManager.default
        let root = request.directory
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: root, isDirectory: &isFolder) {
            if !isFolder.boolValue {
                problems.append(Diagnostic(file: root, message: "\(root) is a file, not a folder", fix: "name a new or empty folder",
                                           kind: .configuration))
            } else if !request.force, let present = try? fileManager.contentsOfDirectory(atPath: root).filter({ $0 != ".git" }),
                      !present.isEmpty {
                // A repository just made (git init, or an empty clone) holds only .git: that is where a collection starts.
                let name = root == "." ? "the current folder" : root
                problems.append(Diagnostic(file: root, message: "\(name) is not empty (it holds \(present.sorted().prefix(3).joined(separator: ", "))"
                                           + (present.count > 3 ? ", …" : "") + ")",
                                           fix: "name a new or empty folder, or pass --force to add the collection beside what is there",
                                           kind: .configuration))
            } else {
                for file in files where fileManager.fileExists(atPath: root + "/" + file.path) {
                    problems.append(Diagnostic(file: displayPath(root, file.path), message: "\(displayPath(root, file.path)) already exists",
                                               fix: "init never replaces a file: move it away, or start the collection in another folder",
                                               kind: .configuration))
                }
            }
        }
        guard problems.isEmpty else { return .failure(Refusal(problems)) }

        for file in files {
            let path = root + "/" + file.path
            do {
                try fileManager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                // O_EXCL: a file that appeared since the check above is still not replaced.
                let descriptor = try FileDescriptor.open(FilePath(path), .writeOnly, options: [.create, .exclusiveCreate],
                                                         permissions: [.ownerReadWrite, .groupRead, .otherRead])
                try descriptor.closeAfter { _ = try descriptor.writeAll(Array(file.text.utf8)) }
            } catch {
                return .failure(Refusal([Diagnostic(file: displayPath(root, file.path), message: "cannot write it: \(error)",
                                                             kind: .output)]))
            }
        }
        return .success(files.map(\.path))
    }

    /// `site/content/site.yml` for a folder `site`, `content/site.yml` for `.`.
    static func displayPath(_ root: String, _ relative: String) -> String {
        ContentTree.displayPath(root: root, relative)
    }
}
