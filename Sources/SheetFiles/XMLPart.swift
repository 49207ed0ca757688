import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A streaming (SAX) reader of one XML part. Subclasses see elements by local name, without the namespace
/// prefix some writers add (`x:row`).
class XMLPart: NSObject, XMLParserDelegate {
    /// Parses `data`, calling the subclass's handlers; throws when the XML is not well-formed.
    func parse(_ data: Data, part: String) throws(SpreadsheetError) {
        // FoundationXML runs libxml2 in recovery mode and force-unwraps element and attribute names as UTF-8,
        // so bytes that are not UTF-8 would crash it; Excel, WPS and LibreOffice write UTF-8.
        guard String(validating: data, as: UTF8.self) != nil else {
            throw .malformedPart(part, detail: "not UTF-8")
        }
        // From a stream, so libxml2 gets the part in chunks: one chunk of more than 10 MB (a 45,000-teacher
        // sheet is 20 MB) trips its "huge input lookup" limit.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        let succeeded = parser.parse()
        if let stop { throw stop }
        guard succeeded || finished else {
            throw .malformedPart(part, detail: parser.parserError.map { String(describing: $0) } ?? "")
        }
    }

    /// Set by a subclass to end parsing early; `parse` throws it.
    var stop: SpreadsheetError?
    /// Set by a subclass that has read all it needs: parsing ends there, without an error.
    var finished = false

    func start(_ name: Substring, _ attributes: [String: String]) {}
    func end(_ name: Substring) {}
    func text(_ string: String) {}

    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return name[...] }
        return name[name.index(after: colon)...]
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        start(Self.localName(elementName), attributes)
        if stop != nil || finished { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName: String?) {
        end(Self.localName(elementName))
        if stop != nil || finished { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text(string) }

    /// An attribute by local name, whatever its prefix (`r:id`).
    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name }?.value
    }
}
