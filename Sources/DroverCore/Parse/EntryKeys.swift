/// The parse stage's part in making an entry: the keys derived from its fields, computed where
/// the entry is made rather than by the model, which calls no later stage. Each key reads the
/// fields that the stage it serves reads (see `EntrySummary.inputsKey`, `SearchDocument.inputsKey`).
extension Entry.Keys {
    /// - Parameter resource: the resource key when it is known to be `fields.url`'s already.
    init(of fields: Entry.Fields, resource: String? = nil) {
        summary = EntrySummary.inputsKey(of: fields)
        search = SearchDocument.inputsKey(of: fields)
        var link = StableHasher()
        link.combine(fields.sourcePath)
        link.combine(fields.title)
        self.link = link.value
        self.resource = resource ?? URLNormalization.normalize(fields.url) ?? fields.url
    }
}

extension Entry {
    /// An entry of these fields with its keys computed: what a parse makes.
    init(block: String, slug: String, sourcePath: String, file: String, title: String, url: String, type: ResourceType,
         tags: [String], added: ISODate, language: String, difficulty: Difficulty?, authors: [String], updated: ISODate?,
         draft: Bool, checkLinks: Bool, weight: Int? = nil, body: ParsedBody, urlLocation: SourceLocation,
         tagLocations: [SourceLocation], searchWords: SearchWords = SearchWords()) {
        let fields = Fields(block: block, slug: slug, sourcePath: sourcePath, file: file, title: title, url: url, type: type, tags: tags,
                            added: added, language: language, difficulty: difficulty, authors: authors, updated: updated, draft: draft,
                            checkLinks: checkLinks, weight: weight, body: body, urlLocation: urlLocation, tagLocations: tagLocations,
                            searchWords: searchWords)
        self.init(fields, keys: Keys(of: fields))
    }

    /// The same entry with its keys computed again from its fields: what a fresh parse would give
    /// (for tests of keys kept in the source store).
    var recomputingKeys: Entry {
        Entry(fields, keys: Keys(of: fields))
    }
}
