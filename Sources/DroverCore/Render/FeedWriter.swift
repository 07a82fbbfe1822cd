/// RSS 2.0 feeds: newest entries by `added`, each item with a stable guid (its page URL)
/// and the entry's full HTML, with links made absolute so they work in a reader.
struct FeedWriter {
    struct Channel {
        var title: String
        var description: String
        /// Site path of the page the feed follows (`research/`) and of the feed itself.
        var pagePath: String
        var feedPath: String
    }

    let config: SiteConfig
    let urls: SiteURLs

    /// - Parameter itemHTML: the full HTML of the entry at an index (absolute links).
    func render(_ channel: Channel, entries: [Entry], tagsByName: [String: Tag], itemHTML: (Entry) -> String) -> String {
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
        <channel>
        <title>\(Escaping.xml(channel.title))</title>
        <link>\(Escaping.xml(urls.absolute(channel.pagePath)))</link>
        <description>\(Escaping.xml(channel.description))</description>
        <language>\(Escaping.xml(config.language))</language>
        <generator>Drover \(DroverVersion.current)</generator>
        <atom:link href="\(Escaping.xml(urls.absolute(channel.feedPath)))" rel="self" type="application/rss+xml"/>

        """
        // The newest date in the feed, not the clock: the same content gives the same bytes.
        if let latest = entries.map({ max($0.added, $0.updated ?? $0.added) }).max() {
            xml += "<lastBuildDate>\(latest.rfc822)</lastBuildDate>\n"
        }
        for entry in entries {
            let link = urls.absolute(SiteURLs.entry(block: entry.block, slug: entry.slug))
            xml += "<item>\n<title>\(Escaping.xml(entry.title))</title>\n"
            xml += "<link>\(Escaping.xml(link))</link>\n"
            xml += "<guid isPermaLink=\"true\">\(Escaping.xml(link))</guid>\n"
            xml += "<pubDate>\(entry.added.rfc822)</pubDate>\n"
            for name in entry.tags {
                if let tag = tagsByName[name] {
                    xml += "<category>\(Escaping.xml(tag.title))</category>\n"
                }
            }
            xml += "<description>\(Escaping.xml(itemHTML(entry)))</description>\n</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return xml
    }

    /// The item body: the resource link first (it is what the entry is about), then our text.
    static func itemHTML(entry: Entry, typeLabel: String, bodyHTML: String) -> String {
        let host = EntrySummary.host(of: entry.url)
        return "<p><a href=\"\(Escaping.html(entry.url))\">\(Escaping.html(typeLabel)): \(Escaping.html(entry.title))</a> (\(Escaping.html(host)))</p>\n" + bodyHTML
    }
}
