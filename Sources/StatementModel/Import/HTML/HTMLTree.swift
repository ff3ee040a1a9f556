import CLibXML2
import Foundation

/// An HTML page as a tree of elements and text, parsed by libxml2's HTML parser (which mends broken
/// markup as browsers do) and copied into Swift values, so what reads it is plain Swift and testable.
indirect enum HTMLNode: Sendable {
    case element(name: String, attributes: [String: String], children: [HTMLNode])
    case text(String)

    var name: String? {
        if case .element(let n, _, _) = self { return n }
        return nil
    }
    var attributes: [String: String] {
        if case .element(_, let a, _) = self { return a }
        return [:]
    }
    var children: [HTMLNode] {
        if case .element(_, _, let c) = self { return c }
        return []
    }

    /// All the text inside, as it reads (scripts and styles included: callers drop them first).
    var text: String {
        switch self {
        case .text(let t): return t
        case .element(let name, _, let children):
            if name == "br" { return "\n" }
            return children.map(\.text).joined()
        }
    }

    /// Every element below (and including) this one, depth first.
    func elements(_ visit: (HTMLNode) -> Void) {
        guard case .element(_, _, let children) = self else { return }
        visit(self)
        for c in children { c.elements(visit) }
    }

    func first(where match: (HTMLNode) -> Bool) -> HTMLNode? {
        if match(self) { return self }
        for c in children { if let f = c.first(where: match) { return f } }
        return nil
    }
}

enum HTMLParser {
    private static let initialised: Void = { xmlInitParser() }()

    /// The page's tree, or nil when libxml2 finds no document at all in the bytes. The bytes are UTF-8 (the
    /// importer has decoded the file already, following a declared charset only where the bytes are not
    /// UTF-8): libxml2 is not let follow `<meta charset="iso-8859-1">` again, or "período" would come out
    /// garbled; pages that declare one encoding and hold another are common.
    static func parse(_ bytes: [UInt8]) -> HTMLNode? {
        var cut = false
        return parse(bytes, cutDeep: &cut)
    }

    /// The same, saying whether the tree was cut for its depth: libxml2 stops at 256 levels, and nothing
    /// below `deepLevel` is a page's own structure.
    static func parse(_ bytes: [UInt8], cutDeep: inout Bool) -> HTMLNode? {
        _ = initialised
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        var deepest = 0
        let tree = convert(root, depth: 0, deepest: &deepest)
        cutDeep = deepest >= deepLevel
        return tree
    }

    /// Deeper than this, a page is hostile or broken; the rest of it is not read.
    private static let maxDepth = 400
    /// A tree this deep was cut (by libxml2 at 256 levels, or here): no page nests its own blocks so far.
    static let deepLevel = 250

    private static func convert(_ node: xmlNodePtr, depth: Int, deepest: inout Int) -> HTMLNode? {
        deepest = max(deepest, depth)
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return node.pointee.content.map { .text(String(cString: $0)) }
        case XML_ELEMENT_NODE:
            let name = String(cString: node.pointee.name).lowercased()
            var attributes: [String: String] = [:]
            var attr = node.pointee.properties
            while let a = attr {
                if let value = xmlNodeGetContent(UnsafeMutableRawPointer(a).assumingMemoryBound(to: xmlNode.self)) {
                    attributes[String(cString: a.pointee.name).lowercased()] = String(cString: value)
                    rostrum_xml_free(value)
                }
                attr = a.pointee.next
            }
            var children: [HTMLNode] = []
            if depth < maxDepth {
                var child = node.pointee.children
                while let c = child {
                    if let converted = convert(c, depth: depth + 1, deepest: &deepest) { children.append(converted) }
                    child = c.pointee.next
                }
            }
            return .element(name: name, attributes: attributes, children: children)
        default:
            return nil
        }
    }
}
