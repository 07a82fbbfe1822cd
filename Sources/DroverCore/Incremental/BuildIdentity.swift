import Foundation

/// Everything besides the files of the collection and the theme that decides what a build
/// writes: which Drover made it (by the content of its executable), the options that change
/// the output of the same files, and the folders as the command line named them (diagnostics
/// name files through them, and «Исправить» links through the content folder's path in its
/// repository). A manifest written under any other identity is not used: the build is clean.
///
/// The base URL and the settings are not here: they are inputs that the manifest fingerprints
/// with site.yml (see `SiteSources.settingsFingerprint`).
struct BuildIdentity: Sendable, Equatable {
    var includeDrafts: Bool
    /// `--content` as given: what diagnostics and edit links are made from.
    var contentDirectory: String
    /// `--theme` as given: what the theme's diagnostics name.
    var themeDirectory: String

    init(includeDrafts: Bool, contentDirectory: String = "content", themeDirectory: String = "theme") {
        self.includeDrafts = includeDrafts
        self.contentDirectory = contentDirectory
        self.themeDirectory = themeDirectory
    }

    init(_ options: BuildOptions) {
        self.init(includeDrafts: options.includeDrafts, contentDirectory: options.contentDirectory, themeDirectory: options.themeDirectory)
    }

    /// The identity as the manifest keeps it.
    var key: String {
        "\(DroverVersion.current) \(Self.executable) drafts=\(includeDrafts) content=\(contentDirectory) theme=\(themeDirectory)"
    }

    /// The running executable's content: its linker-made build id when it has one (a hash of
    /// the linked bytes, read from memory), else a hash of the file. Never its size and time,
    /// which a build system that pins times (or a rebuild of the same size) leaves alike.
    static let executable: String = {
        if let id = ExecutableBuildID.current { return "id:" + id }
        guard let path = Bundle.main.executablePath,
              let bytes = FileManager.default.contents(atPath: path) else { return "unknown" }
        return "hash:" + String(bytes.withUnsafeBytes(StableHasher.hash), radix: 16)
    }()
}

/// The GNU build id of the running executable (`readelf -n`'s NT_GNU_BUILD_ID): the ELF header,
/// the program headers and the note segments are read, a few hundred bytes, not the whole file.
///
/// Written here because no listed package reads ELF notes; the format is small and fixed (the
/// ELF-64 header, its program header table, and notes of name size, descriptor size and type,
/// each part padded to four bytes).
enum ExecutableBuildID {
    static var current: String? {
        guard let path = Bundle.main.executablePath, let file = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? file.close() }
        func read(_ count: Int, at offset: UInt64) -> [UInt8]? {
            guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count), data.count == count else { return nil }
            return [UInt8](data)
        }
        // ELF-64, little-endian: the only kind Drover ships for.
        guard let header = read(64, at: 0), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1 else {
            return nil
        }
        let tableOffset = UInt64(le: header, at: 32), entrySize = Int(UInt16(le: header, at: 54)), count = Int(UInt16(le: header, at: 56))
        guard entrySize >= 56, count < 256, let table = read(entrySize * count, at: tableOffset) else { return nil }
        for index in 0..<count {
            let entry = index * entrySize
            guard UInt32(le: table, at: entry) == 4 else { continue }  // PT_NOTE
            let offset = UInt64(le: table, at: entry + 8), size = Int(UInt64(le: table, at: entry + 32))
            guard size < 1 << 16, let notes = read(size, at: offset) else { continue }
            if let id = notes.withUnsafeBytes(gnuBuildID(in:)) { return id }
        }
        return nil
    }

    /// The descriptor of the note named "GNU" of type 3 (NT_GNU_BUILD_ID), as hex.
    static func gnuBuildID(in notes: UnsafeRawBufferPointer) -> String? {
        func aligned(_ value: Int) -> Int { (value + 3) & ~3 }
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let descriptorSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let name = offset + 12
            let descriptor = name + aligned(nameSize)
            guard nameSize < 1 << 16, descriptorSize < 1 << 16, descriptor + descriptorSize <= notes.count else { return nil }
            if type == 3, nameSize == 4, notes[name] == 0x47, notes[name + 1] == 0x4E, notes[name + 2] == 0x55, descriptorSize > 0 {
                return notes[descriptor..<descriptor + descriptorSize].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            }
            offset = descriptor + aligned(descriptorSize)
        }
        return nil
    }
}

private extension FixedWidthInteger {
    /// The little-endian integer at `offset` of `bytes`.
    init(le bytes: [UInt8], at offset: Int) {
        self = bytes[offset..<offset + MemoryLayout<Self>.size].reversed().reduce(0) { $0 << 8 | Self($1) }
    }
}
