/// How a block lists its entries: `sort_by` in its `_block.md`, named as Zola names the same
/// setting of a section, with the same meanings (lower `weight` first, newest `date` first).
///
/// The order is the block page's, its pages' slices when it is paginated, its feed's, its
/// entries' previous/next links, and `export readme`'s.
public enum ListOrder: String, Sendable, CaseIterable {
    /// By each entry's `weight`, lower first; entries without one come after those with one.
    /// Ties, and entries without a weight, by title: a block where no entry has a weight is in
    /// title order, and a curator weights only the few entries that must come first.
    case weight
    /// By title, ignoring case, numbers as numbers ("Part 2" before "Part 10").
    case title
    /// Newest `added` first, as the feeds and the home page list entries.
    case date

    /// What an absent `sort_by` means: weights when there are any, else titles.
    static let `default` = ListOrder.weight
}

/// Where an entry goes in the collection's order: its block's place, then its place in the
/// block's `ListOrder`, then its slug, unique in the block, so the order is total and the same
/// on every build. Made once per entry, so that sorting does not fold titles at every comparison.
struct EntryListKey: Comparable {
    let blockRank: Int
    let order: ListOrder
    let weight: Int?
    let added: ISODate
    /// The title without case, so that "the Rust book" does not sort after "Zig", and with its
    /// numbers compared as numbers, so that "Part 2" comes before "Part 10".
    let foldedTitle: String
    let slug: String

    init(_ entry: Entry, blockRank: Int, order: ListOrder) {
        self.blockRank = blockRank
        self.order = order
        weight = entry.weight
        added = entry.added
        foldedTitle = Self.fold(entry.title)
        slug = entry.slug
    }

    /// Lower case, and each run of digits padded with zeros to one width: a plain comparison of
    /// the results is then the natural order, the same in every locale.
    static func fold(_ title: String) -> String {
        var folded = ""
        var digits = ""
        func flush() {
            if digits.isEmpty { return }
            folded += String(repeating: "0", count: max(0, 20 - digits.count)) + digits
            digits = ""
        }
        for character in title.lowercased() {
            if character.isASCII && character.isNumber {
                digits.append(character)
            } else {
                flush()
                folded.append(character)
            }
        }
        flush()
        return folded
    }

    static func < (a: EntryListKey, b: EntryListKey) -> Bool {
        if a.blockRank != b.blockRank { return a.blockRank < b.blockRank }
        switch a.order {
        case .weight:
            // Int.max stands for "no weight", after every weight written.
            let (left, right) = (a.weight ?? .max, b.weight ?? .max)
            if left != right { return left < right }
        case .date:
            if a.added != b.added { return a.added > b.added }
            return a.slug < b.slug
        case .title:
            break
        }
        return (a.foldedTitle, a.slug) < (b.foldedTitle, b.slug)
    }

    static func == (a: EntryListKey, b: EntryListKey) -> Bool {
        !(a < b) && !(b < a)
    }
}

/// Each block's rank and list order, by slug: what an entry's `EntryListKey` needs of its block.
struct ListPlaces {
    private let places: [String: (rank: Int, order: ListOrder)]

    /// - Parameter blocks: in the collection's order.
    init(_ blocks: [Block]) {
        places = Dictionary(blocks.enumerated().map { ($1.slug, (rank: $0, order: $1.listOrder)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The entry's key; an entry of no known block goes last.
    func key(of entry: Entry) -> EntryListKey {
        let place = places[entry.block] ?? (rank: .max, order: .default)
        return EntryListKey(entry, blockRank: place.rank, order: place.order)
    }
}
