/// sitemap.xml and robots.txt, so search engines find every page.
enum SitemapWriter {
    struct Page {
        var path: String
        var lastModified: ISODate?
    }

    static func sitemap(_ pages: [Page], urls: SiteURLs) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages {
            xml += "<url><loc>\(Escaping.xml(urls.absolute(page.path)))</loc>"
            if let date = page.lastModified { xml += "<lastmod>\(date.w3c)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    static func robots(urls: SiteURLs) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute("sitemap.xml"))\n"
    }
}
