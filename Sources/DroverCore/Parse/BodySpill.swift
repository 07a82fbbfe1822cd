import Foundation
import Synchronization

/// Where a clean build keeps its entries' HTML between parsing and rendering: an unnamed file
/// beside the output, written as each entry is parsed and read back, one body at a time, when
/// its page or a feed is made.
///
/// The HTML is most of what a parsed entry weighs (about 4.5 KB of an entry's 8 at 10,000
/// entries), and only the page of the entry and a few feeds read it; the kernel's page cache
/// holds it in the meantime instead of the build's memory. The file is unlinked as soon as it
/// is made, so nothing is left behind, whatever happens to the build.
///
/// A body that cannot be written stays in memory. One that cannot be read back makes the build
/// fail before anything is swapped in (see `failure`): never a page with a missing body.
final class BodySpill: SpilledTexts {
    private let descriptor: Int32
    private struct State {
        var end = 0
        var failure: String?
    }
    private let state = Mutex(State())

    /// A new spill file in `folder`; nil when none can be made there (the bodies then stay in memory).
    init?(in folder: String) {
        var template = Array(((folder.isEmpty ? "." : folder) + "/.drover-bodies-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return nil }
        unlink(String(cString: template))
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// What the first failed read said, if one failed.
    var failure: String? {
        state.withLock { $0.failure }
    }

    /// The HTML kept in the file, or as it is when it cannot be written.
    func keep(_ html: BodyHTML) -> BodyHTML {
        var text = html.page
        let length = text.utf8.count
        guard length > 0 else { return html }
        let offset = state.withLock { state in
            defer { state.end += length }
            return state.end
        }
        let written = text.withUTF8 { bytes in
            Self.transferAll(length) { done in pwrite(descriptor, bytes.baseAddress! + done, length - done, off_t(offset + done)) }
        }
        return written ? BodyHTML(StoredText(spilledIn: self, offset: offset, length: length)) : html
    }

    /// The UTF-8 of a body written at `offset`; empty, with `failure` set, when it cannot be read.
    func read(offset: Int, length: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: length)
        errno = 0
        let complete = bytes.withUnsafeMutableBytes { buffer in
            Self.transferAll(length) { done in pread(descriptor, buffer.baseAddress! + done, length - done, off_t(offset + done)) }
        }
        guard complete else {
            let reason = errno == 0 ? "the file ended early" : String(cString: strerror(errno))
            state.withLock { state in
                if state.failure == nil { state.failure = reason }
            }
            return []
        }
        return bytes
    }

    /// Repeats `transfer` (one pread or pwrite of what is left, given how much is done) until
    /// `length` bytes are moved; false on an error or when the file ends first.
    private static func transferAll(_ length: Int, _ transfer: (_ done: Int) -> Int) -> Bool {
        var done = 0
        while done < length {
            let count = transfer(done)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
}
