import Foundation
import Hummingbird

/// Answers the HTTP requests of `drover serve`: the site's files from the `MemorySite`, the live
/// reload script and its event stream. HTML pages get the script; nothing else is changed.
struct ServeResponder: Sendable {
    let site: MemorySite
    let channel: ReloadChannel

    func respond(to request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            return text("only GET and HEAD are served\n", status: .methodNotAllowed)
        }
        let path = request.uri.path
        switch path {
        case "/" + LiveScript.eventsPath: return events(since: request.uri.queryParameters["since"].flatMap { Int($0) })
        case "/" + LiveScript.scriptPath: return file(Array(LiveScript.source.utf8), type: "text/javascript; charset=utf-8", head: false)
        default: break
        }
        let head = request.method == .head
        // Read before the file: a rebuild applied in between makes the page newer than it says,
        // which costs at most one needless reload, never a page that stays on an old build.
        let build = site.generation
        switch SitePath.resolve(path, in: site) {
        case .file(let sitePath):
            guard let bytes = site.file(at: sitePath) else { return notFound(path, build: build, head: head) }
            let type = Self.contentType(of: sitePath)
            let body = type.hasPrefix("text/html") ? LiveScript.inject(into: bytes, requestPath: path, build: build) : bytes
            return file(body, type: type, head: head)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-store"])
        case .notFound:
            return notFound(path, build: build, head: head)
        case .refused:
            return text("refused: the path leaves the site\n", status: .badRequest)
        }
    }

    /// The server-sent events stream of one open page, which came from build `since`.
    private func events(since build: Int?) -> Response {
        let messages = channel.subscribe(since: build)
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8",
            .cacheControl: "no-store",
            // Proxies such as nginx would otherwise hold the events back in a buffer.
            .init("X-Accel-Buffering")!: "no",
        ]
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            // A dropped connection is retried after half a second instead of the browser's three.
            try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
            for await message in messages {
                try await writer.write(ByteBuffer(string: message.eventText))
            }
            try await writer.finish(nil)
        })
    }

    /// The site's own 404.html (with the live script, so fixing a broken link reloads it).
    private func notFound(_ path: String, build: Int, head: Bool) -> Response {
        let page = site.file(at: "404.html")
            ?? Array("<!doctype html><meta charset=\"utf-8\"><title>Not found</title><body><h1>Not found</h1></body>".utf8)
        var response = file(LiveScript.inject(into: page, requestPath: path, build: build), type: "text/html; charset=utf-8", head: head)
        response.status = .notFound
        return response
    }

    private func file(_ bytes: [UInt8], type: String, head: Bool) -> Response {
        let headers: HTTPFields = [.contentType: type, .cacheControl: "no-store", .contentLength: String(bytes.count)]
        return Response(status: .ok, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func text(_ message: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }

    /// The media type of a site file by its extension, with a charset for text.
    static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."),
              let type = MediaType.getMediaType(forExtension: String(name[name.index(after: dot)...]).lowercased()) else {
            return "application/octet-stream"
        }
        let textual = type.type == .text || ["javascript", "json", "xml", "svg+xml", "rss+xml", "atom+xml"].contains(type.subType)
        return textual ? "\(type.type)/\(type.subType); charset=utf-8" : "\(type.type)/\(type.subType)"
    }
}
