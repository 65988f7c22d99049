/// A QR code as a self-contained SVG picture: for a workshop screen (inline in a page) or an e-mail.
///
/// The picture is one white square with the standard's quiet zone of four modules on every side
/// and one black `<path>` made of a unit square per dark module, in a `viewBox` of
/// `size + 8` units so that it scales to any width; `shape-rendering="crispEdges"` keeps the
/// edges between modules sharp. It is labelled for assistive technology (`role="img"`,
/// `aria-label` and a `<title>`) with the text the caller gives, and refers to nothing outside
/// itself: no fonts, images, styles or scripts.
public struct QRCodeSVG: Sendable, CustomStringConvertible {
    /// The light margin around the symbol, in modules (ISO/IEC 18004 asks for at least 4).
    public static let quietZone = 4

    /// The code drawn.
    public let code: QRCode
    /// What the picture shows, for screen readers and as its tooltip, such as "QR code of the link
    /// to the questionnaire".
    public let label: String
    /// The width of one module in CSS pixels for the `width` and `height` attributes.
    public let pixelsPerModule: Int

    /// A picture of `code` labelled `label`, `pixelsPerModule` CSS pixels per module (at least 1)
    /// unless a style sizes it otherwise.
    public init(_ code: QRCode, label: String, pixelsPerModule: Int = 4) {
        self.code = code
        self.label = label
        self.pixelsPerModule = max(1, pixelsPerModule)
    }

    /// The width and height of the picture in modules, quiet zone included.
    public var extent: Int { code.size + 2 * Self.quietZone }

    /// The path data: `M x y h1 v1 h-1 z` for each dark module, row by row, offset by the quiet zone.
    var pathData: String {
        var data = ""
        data.reserveCapacity(code.darkCount * 16)
        for y in 0..<code.size {
            for x in 0..<code.size where code.isDark(x: x, y: y) {
                if !data.isEmpty { data += " " }
                data += "M\(x + Self.quietZone) \(y + Self.quietZone)h1v1h-1z"
            }
        }
        return data
    }

    /// The `<svg>` element.
    public var markup: String {
        let label = HTML.escape(self.label)
        let pixels = extent * pixelsPerModule
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(extent) \(extent)" width="\(pixels)" \
            height="\(pixels)" shape-rendering="crispEdges" role="img" aria-label="\(label)">\
            <title>\(label)</title>\
            <rect width="\(extent)" height="\(extent)" fill="#fff"/>\
            <path fill="#000" d="\(pathData)"/>\
            </svg>
            """
    }

    /// The `<svg>` element, to put in a page.
    public var html: HTML { HTML(raw: markup) }

    /// The `<svg>` element.
    public var description: String { markup }
}
