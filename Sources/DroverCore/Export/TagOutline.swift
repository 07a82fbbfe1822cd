/// A block's entries arranged under their tags, for the README's sub-headings: each entry
/// sits under the path of its tags (the block's commonest first), so that importing the
/// README gives every entry its tags back, and each entry appears once.
struct TagOutline {
    struct Node {
        var tag: String?
        /// Indices into `Collection.entries`.
        var entries: [Int] = []
        var children: [Node] = []
    }

    var root = Node(tag: nil)

    /// `blockTag`: a tag titled like the block itself. An entry with that tag alone goes
    /// straight under the block heading, since the import gives such entries that tag.
    init(entries indices: [Int], of collection: Collection, blockTag: String?, title: (String) -> String) {
        var frequency: [String: Int] = [:]
        for index in indices { for tag in collection.entries[index].tags { frequency[tag, default: 0] += 1 } }
        func precedes(_ a: String, _ b: String) -> Bool {
            let (countA, countB) = (frequency[a] ?? 0, frequency[b] ?? 0)
            if countA != countB { return countA > countB }
            return (title(a), a) < (title(b), b)
        }
        for index in indices {
            var path = Array(Set(collection.entries[index].tags)).sorted(by: precedes)
            if let blockTag, path == [blockTag] { path = [] }
            Self.insert(index, along: path[...], into: &root, order: precedes)
        }
    }

    private static func insert(_ entry: Int, along path: ArraySlice<String>, into node: inout Node, order: (String, String) -> Bool) {
        guard let tag = path.first else {
            node.entries.append(entry)
            return
        }
        if let child = node.children.firstIndex(where: { $0.tag == tag }) {
            insert(entry, along: path.dropFirst(), into: &node.children[child], order: order)
        } else {
            var child = Node(tag: tag)
            insert(entry, along: path.dropFirst(), into: &child, order: order)
            let position = node.children.firstIndex { order(tag, $0.tag!) } ?? node.children.count
            node.children.insert(child, at: position)
        }
    }
}
