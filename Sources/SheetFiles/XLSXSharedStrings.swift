import Foundation

/// xl/sharedStrings.xml: each `<si>` item's text, its rich-text runs joined, phonetic guides (`<rPh>`) left out.
final class XLSXSharedStrings: XMLPart {
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0

    override func start(_ name: Substring, _ attributes: [String: String]) {
        switch name {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "si": strings.append(XLSXText.unescape(current)); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    override func text(_ string: String) { if inText { current += string } }
}
