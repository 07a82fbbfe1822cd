import Foundation

/// How a parsed source is kept in the source store (see `ByteCoding`): every field of the block
/// or entry, its body with its HTML, and the file's diagnostics, so a reused file reports the
/// same warnings as a freshly parsed one. An entry's keys (`Entry.Keys`) are kept too, so a
/// reused entry does not compute them again. Bodies' HTML and excerpts and entries' search words
/// are read back undecoded (`StoredText`).
extension ByteWriter {
    mutating func write(_ source: ParsedSource) {
        write(source.sourcePath)
        write(source.hash)
        write(source.block != nil)
        if let block = source.block { write(block) }
        write(source.entry != nil)
        if let entry = source.entry { write(entry) }
        write(source.page != nil)
        if let page = source.page {
            write(page.slug)
            write(page.title)
            write(page.summary)
            write(page.sourcePath)
            write(page.file)
            write(page.body)
        }
        write(source.unlisted != nil)
        if let unlisted = source.unlisted {
            write(unlisted.sourcePath)
            write(unlisted.file)
            write(unlisted.body)
        }
        write(source.diagnostics) { $0.write($1) }
    }

    mutating func write(_ block: Block) {
        write(block.slug)
        write(block.title)
        write(block.order)
        write(block.audience)
        write(block.summary)
        write(block.perPage != nil)
        if let perPage = block.perPage { write(perPage) }
        write(block.listOrder.rawValue)
        write(block.sourcePath)
        write(block.file)
        write(block.intro)
    }

    mutating func write(_ entry: Entry) {
        write(entry.block)
        write(entry.slug)
        write(entry.sourcePath)
        write(entry.file)
        write(entry.title)
        write(entry.url)
        write(entry.type.rawValue)
        write(entry.tags) { $0.write($1) }
        write(entry.added.description)
        write(entry.language)
        write(entry.difficulty?.rawValue)
        write(entry.authors) { $0.write($1) }
        write(entry.updated?.description)
        write(entry.draft)
        write(entry.checkLinks)
        write(entry.weight != nil)
        if let weight = entry.weight { write(weight) }
        write(entry.body)
        write(entry.urlLocation)
        write(entry.tagLocations) { $0.write($1) }
        for text in entry.searchWords.texts {
            write(text)
        }
        let keys = entry.keys
        write(keys.summary)
        write(keys.search)
        write(keys.link)
        write(keys.resource)
    }

    mutating func write(_ body: ParsedBody) {
        write(body.firstLine)
        write(body.links) { writer, link in
            writer.write(link.destination)
            writer.write(link.position.line)
            writer.write(link.position.column)
            writer.write(link.isImage)
        }
        write(body.anchors.sorted()) { $0.write($1) }
        write(body.storedExcerpt)
        write(body.isEmpty)
        write(body.html.stored)
    }

    /// Written as a string is, without decoding text still kept as bytes.
    mutating func write(_ text: StoredText) {
        text.withUTF8 { write(utf8: $0) }
    }

    mutating func write(_ location: SourceLocation) {
        write(location.file)
        write(location.line)
        write(location.column)
    }

    mutating func write(_ diagnostic: Diagnostic) {
        write(diagnostic.file)
        write(diagnostic.line)
        write(diagnostic.column)
        write(diagnostic.severity.rawValue)
        write(diagnostic.message)
        write(diagnostic.fix)
        write(diagnostic.kind.rawValue)
    }
}

extension ByteReader {
    mutating func parsedSource() throws -> ParsedSource {
        let sourcePath = try string()
        let hash = try uint64()
        let block = try bool() ? try self.block() : nil
        let entry = try bool() ? try self.entry() : nil
        let page = try bool()
            ? StandalonePage(slug: try string(), title: try string(), summary: try optionalString(), sourcePath: try string(),
                             file: try string(), body: try body())
            : nil
        let unlisted = try bool() ? UnlistedBody(sourcePath: try string(), file: try string(), body: try body()) : nil
        return ParsedSource(sourcePath: sourcePath, hash: hash, block: block, entry: entry, page: page, unlisted: unlisted,
                            diagnostics: try array { try $0.diagnostic() })
    }

    mutating func block() throws -> Block {
        let slug = try string(), title = try string(), order = try int(), audience = try optionalString(), summary = try string()
        let perPage = try bool() ? try int() : nil
        guard let listOrder = ListOrder(rawValue: try string()) else { throw Corrupt() }
        return Block(slug: slug, title: title, order: order, audience: audience, summary: summary, perPage: perPage, listOrder: listOrder,
                     sourcePath: try string(), file: try string(), intro: try body())
    }

    mutating func entry() throws -> Entry {
        let block = try string(), slug = try string(), sourcePath = try string(), file = try string()
        let title = try string(), url = try string()
        guard let type = ResourceType(rawValue: try string()) else { throw Corrupt() }
        let tags = try array { try $0.string() }
        guard let added = ISODate(try string()) else { throw Corrupt() }
        let language = try string()
        let difficulty = try optionalString().map { text -> Difficulty in
            guard let difficulty = Difficulty(rawValue: text) else { throw Corrupt() }
            return difficulty
        }
        let authors = try array { try $0.string() }
        let updated = try optionalString().map { text -> ISODate in
            guard let date = ISODate(text) else { throw Corrupt() }
            return date
        }
        // One initialiser call: setting searchWords afterwards would box the fields twice.
        let draft = try bool(), checkLinks = try bool(), weight = try bool() ? try int() : nil
        let body = try body(), urlLocation = try location()
        let tagLocations = try array { try $0.location() }
        let searchWords = SearchWords(title: try storedText(), summary: try storedText(), body: try storedText())
        let keys = Entry.Keys(summary: try uint64(), search: try uint64(), link: try uint64(), resource: try string())
        return Entry(Entry.Fields(block: block, slug: slug, sourcePath: sourcePath, file: file, title: title, url: url, type: type,
                                  tags: tags, added: added, language: language, difficulty: difficulty, authors: authors,
                                  updated: updated, draft: draft, checkLinks: checkLinks, weight: weight, body: body, urlLocation: urlLocation,
                                  tagLocations: tagLocations, searchWords: searchWords),
                     keys: keys)
    }

    mutating func body() throws -> ParsedBody {
        let firstLine = try int()
        let links = try array { reader in
            MarkdownLink(destination: try reader.string(),
                         position: SourcePosition(line: try reader.int(), column: try reader.int()), isImage: try reader.bool())
        }
        let anchors = Set(try array { try $0.string() })
        return ParsedBody(firstLine: firstLine, links: links, anchors: anchors, excerpt: try storedText(), isEmpty: try bool(),
                          html: BodyHTML(try storedText()))
    }

    /// A large text, left as the record's bytes when the reader reads the store: its records'
    /// checksums are verified before they are decoded, so the bytes are those a string wrote.
    mutating func storedText() throws -> StoredText {
        if let bytes = try stringSlice() { return StoredText(utf8: bytes) }
        return StoredText(try string())
    }

    mutating func location() throws -> SourceLocation {
        SourceLocation(file: try string(), line: try int(), column: try int())
    }

    mutating func diagnostic() throws -> Diagnostic {
        let file = try string(), line = try int(), column = try int()
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Corrupt() }
        let message = try string(), fix = try optionalString()
        guard let kind = Diagnostic.Kind(rawValue: try string()) else { throw Corrupt() }
        return Diagnostic(file: file, line: line, column: column, severity: severity, message: message, fix: fix, kind: kind)
    }
}
