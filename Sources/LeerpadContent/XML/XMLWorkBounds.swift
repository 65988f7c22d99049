import Foundation

/// Bounds the work a document can cause before libxml2 sees it: the attributes of one element
/// (libxml2's attribute checks grow with the square of their number, so 80,000 attributes on one
/// element took 35 s) and, for documents parsed into a tree, the number of elements (each costs
/// memory).
///
/// One linear pass over the bytes, chunk by chunk, that knows just enough XML to count: start tags,
/// the `=` of their attributes outside quoted values, and the comments, CDATA sections, processing
/// instructions and declarations to skip. Anything malformed is left for the parser to report.
public struct XMLWorkBounds: Sendable, Equatable {
    /// The most attributes one element may have; the Content schemas use at most a handful.
    public var attributesPerElement: Int
    /// The most elements a document may have, or nil for no bound (streaming keeps no tree).
    public var elements: Int?

    /// The bounds for a document parsed into a tree: 256 attributes per element, 2,000,000 elements.
    public static let tree = XMLWorkBounds(attributesPerElement: 256, elements: 2_000_000)
    /// The bounds for a streamed document: 256 attributes per element, any number of elements.
    public static let stream = XMLWorkBounds(attributesPerElement: 256, elements: nil)

    /// Creates bounds.
    public init(attributesPerElement: Int, elements: Int?) {
        self.attributesPerElement = attributesPerElement
        self.elements = elements
    }

    /// Which bound a document broke.
    public enum Exceeded: Sendable, Equatable {
        /// An element has more attributes than the bound.
        case attributesPerElement(limit: Int)
        /// The document has more elements than the bound.
        case elements(limit: Int)
    }

    /// Checks `data`; `fileName` names it in the error.
    /// - Throws: ``ContentError/tooComplex(file:line:column:exceeded:)`` at the element that broke a bound.
    public func check(_ data: Data, fileName: String) throws(ContentError) {
        var quick = Scanner(bounds: self, tracksPositions: false)
        guard data.withUnsafeBytes({ quick.scan($0) }) != nil else { return }
        var scanner = Scanner(bounds: self)
        let exceeded = data.withUnsafeBytes { scanner.scan($0) }
        if let exceeded {
            throw .tooComplex(file: fileName, line: scanner.tagLine, column: scanner.tagColumn, exceeded: exceeded)
        }
    }

    /// Checks the file at `url` in 64 KiB chunks; `fileName` names it in the error.
    ///
    /// A first pass only decides whether a bound is broken, skipping text and quoted values with
    /// `memchr`; only then a second pass counts lines and columns to say where.
    public func check(contentsOf url: URL, fileName: String) throws(ContentError) {
        guard try exceeds(contentsOf: url, fileName: fileName) else { return }
        let handle = try SafeXMLReader.handle(reading: url, fileName: fileName)
        defer { try? handle.close() }
        var scanner = Scanner(bounds: self)
        while let chunk = try? handle.read(upToCount: 64 << 10), !chunk.isEmpty {
            if let exceeded = chunk.withUnsafeBytes({ scanner.scan($0) }) {
                throw .tooComplex(
                    file: fileName, line: scanner.tagLine, column: scanner.tagColumn, exceeded: exceeded)
            }
        }
    }

    /// Whether the file at `url` breaks a bound (the quick pass, without positions).
    private func exceeds(contentsOf url: URL, fileName: String) throws(ContentError) -> Bool {
        let handle = try SafeXMLReader.handle(reading: url, fileName: fileName)
        defer { try? handle.close() }
        var scanner = Scanner(bounds: self, tracksPositions: false)
        while let chunk = try? handle.read(upToCount: 256 << 10), !chunk.isEmpty {
            if chunk.withUnsafeBytes({ scanner.scan($0) }) != nil { return true }
        }
        return false
    }

    /// The counting state, carried from chunk to chunk.
    struct Scanner {
        enum State {
            case text, afterLessThan, afterBang, afterBangDash, comment, cdata, declaration, instruction, endTag
            case startTag, quoted(UInt8)
        }

        let bounds: XMLWorkBounds
        var state = State.text
        var line = 1
        var column = 0
        /// Where the tag being counted starts.
        var tagLine = 1
        var tagColumn = 0
        var attributes = 0
        var elements = 0
        /// The last two bytes, to find `-->`, `]]>` and `?>` across chunk ends.
        var previous: (UInt8, UInt8) = (0, 0)

        /// Whether `line`, `column`, `tagLine` and `tagColumn` are kept; without them text and quoted
        /// values are skipped with `memchr` (the quick pass).
        let tracksPositions: Bool

        init(bounds: XMLWorkBounds, tracksPositions: Bool = true) {
            self.bounds = bounds
            self.tracksPositions = tracksPositions
        }

        /// Counts through `bytes`; the first bound broken, or nil.
        mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Exceeded? {
            guard tracksPositions else { return quickScan(bytes) }
            for byte in bytes {
                if byte == 0x0A {
                    line += 1
                    column = 0
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                if let exceeded = step(byte) { return exceeded }
                previous = (previous.1, byte)
            }
            return nil
        }

        /// ``scan(_:)`` without positions: in text and in quoted values the bytes up to the next `<` or
        /// closing quote change nothing but `previous`, so they are skipped.
        private mutating func quickScan(_ bytes: UnsafeRawBufferPointer) -> Exceeded? {
            guard let base = bytes.baseAddress else { return nil }
            let count = bytes.count
            var i = 0
            while i < count {
                let target: UInt8
                switch state {
                case .text: target = UInt8(ascii: "<")
                case .quoted(let quote): target = quote
                default:
                    let byte = bytes[i]
                    if let exceeded = step(byte) { return exceeded }
                    previous = (previous.1, byte)
                    i += 1
                    continue
                }
                guard let found = memchr(base + i, Int32(target), count - i) else {
                    previous = count - i >= 2 ? (bytes[count - 2], bytes[count - 1]) : (previous.1, bytes[count - 1])
                    return nil
                }
                let j = base.distance(to: UnsafeRawPointer(found))
                if j > i { previous = j - i >= 2 ? (bytes[j - 2], bytes[j - 1]) : (previous.1, bytes[j - 1]) }
                if let exceeded = step(target) { return exceeded }
                previous = (previous.1, target)
                i = j + 1
            }
            return nil
        }

        private mutating func step(_ byte: UInt8) -> Exceeded? {
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") {
                    state = .afterLessThan
                    (tagLine, tagColumn) = (line, column)
                }
            case .afterLessThan:
                switch byte {
                case UInt8(ascii: "!"): state = .afterBang
                case UInt8(ascii: "?"): state = .instruction
                case UInt8(ascii: "/"): state = .endTag
                default: return startTag(byte)
                }
            case .afterBang:
                state = byte == UInt8(ascii: "-") ? .afterBangDash : byte == UInt8(ascii: "[") ? .cdata : .declaration
            case .afterBangDash:
                state = byte == UInt8(ascii: "-") ? .comment : .declaration
            case .comment:
                if byte == UInt8(ascii: ">"), previous == (UInt8(ascii: "-"), UInt8(ascii: "-")) { state = .text }
            case .cdata:
                if byte == UInt8(ascii: ">"), previous == (UInt8(ascii: "]"), UInt8(ascii: "]")) { state = .text }
            case .instruction:
                if byte == UInt8(ascii: ">"), previous.1 == UInt8(ascii: "?") { state = .text }
            case .declaration, .endTag:
                if byte == UInt8(ascii: ">") { state = .text }
            case .startTag:
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(byte)
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > bounds.attributesPerElement {
                        return .attributesPerElement(limit: bounds.attributesPerElement)
                    }
                case UInt8(ascii: ">"): state = .text
                default: break
                }
            case .quoted(let quote):
                if byte == quote { state = .startTag }
            }
            return nil
        }

        private mutating func startTag(_ byte: UInt8) -> Exceeded? {
            state = .startTag
            attributes = 0
            elements += 1
            if let limit = bounds.elements, elements > limit { return .elements(limit: limit) }
            if byte == UInt8(ascii: ">") { state = .text }
            return nil
        }
    }
}
