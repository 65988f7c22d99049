import CLibXML2
import Foundation

/// The column where each element of a parsed document starts.
///
/// libxml2 records only lines for elements, so the column is found in the source: the
/// *k*-th element called `prefix:name` on a line starts at the *k*-th `<prefix:name` there.
/// Columns count characters (UTF-8 scalars), 1-based.
struct ElementColumns {
    private var columns: [UnsafeMutableRawPointer: Int] = [:]

    /// Locates every element under `root` in `source`.
    init(root: xmlNodePtr, source: Data) {
        let bytes = [UInt8](source)
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
        var seen: [String: Int] = [:]

        func visit(_ node: xmlNodePtr) {
            let line = Int(xmlGetLineNo(node))
            if line >= 1, line <= lineStarts.count {
                let name = String(cString: node.pointee.name)
                let prefix = node.pointee.ns.flatMap { $0.pointee.prefix }.map { String(cString: $0) + ":" } ?? ""
                let tag = Array(("<" + prefix + name).utf8)
                let key = "\(line) \(prefix)\(name)"
                let occurrence = seen[key, default: 0]
                seen[key] = occurrence + 1
                let start = lineStarts[line - 1]
                let end = line < lineStarts.count ? lineStarts[line] : bytes.count
                if let offset = Self.offset(of: tag, occurrence: occurrence, in: bytes[start..<end]) {
                    columns[UnsafeMutableRawPointer(node)] =
                        bytes[start..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
                }
            }
            var child = node.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { visit(current) }
                child = current.pointee.next
            }
        }
        visit(root)
    }

    /// The column of `node`, if it is an element that was located.
    func column(of node: UnsafeMutableRawPointer?) -> Int? {
        node.flatMap { columns[$0] }
    }

    private static func offset(of tag: [UInt8], occurrence: Int, in line: ArraySlice<UInt8>) -> Int? {
        var found = 0
        var index = line.startIndex
        while index + tag.count <= line.endIndex {
            if line[index..<(index + tag.count)].elementsEqual(tag) {
                let next = index + tag.count
                let delimited = next == line.endIndex || [0x20, 0x09, 0x0D, 0x0A, 0x3E, 0x2F].contains(line[next])
                if delimited {
                    if found == occurrence { return index }
                    found += 1
                }
            }
            index += 1
        }
        return nil
    }
}
