/// A map of routes rendered as a self-contained SVG document.
///
/// Each route is one `<path class="route">` in its own colour with numbered stops; every
/// customer is one `<circle>` (class `served` or `skipped`, the latter grey); the depot
/// is a `<rect class="depot">`. A legend lists the routes and the caller's notes.
public struct SVGMap: Sendable {
    /// Node positions; index 0 is the depot.
    public var points: [Point]
    /// Routes of node indices (depot left out).
    public var routes: [[Int]]
    /// Customers drawn grey as not visited.
    public var skipped: [Int]
    /// Texts in the caller's language.
    public var labels: SVGMapLabels
    /// Whether to print the stop number next to each visited customer.
    public var showStopNumbers: Bool

    /// Distinct route colours (Okabe–Ito and Tableau-like), cycled when there are more routes.
    public static let palette = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#7F3C8D", "#F0A000", "#1B9E77",
    ]

    /// Creates a map.
    public init(points: [Point], routes: [[Int]], skipped: [Int], labels: SVGMapLabels, showStopNumbers: Bool = true) {
        self.points = points
        self.routes = routes
        self.skipped = skipped
        self.labels = labels
        self.showStopNumbers = showStopNumbers
    }

    /// The SVG document text. `width` is the map area in pixels; the legend is added to the right.
    public func render(width: Double = 800) -> String {
        let margin = 30.0
        let legendWidth = 300.0
        var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
        for p in points {
            minX = min(minX, p.x); maxX = max(maxX, p.x)
            minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        if points.isEmpty { minX = 0; maxX = 1; minY = 0; maxY = 1 }
        let spanX = max(maxX - minX, 1e-9)
        let spanY = max(maxY - minY, 1e-9)
        let scale = (width - 2 * margin) / max(spanX, spanY)
        let mapHeight = spanY * scale + 2 * margin + 40
        let legendLines = 4 + labels.routes.count + labels.notes.count
        let height = max(mapHeight, 60 + Double(legendLines) * 20)
        func sx(_ x: Double) -> String { fmt(margin + (x - minX) * scale) }
        func sy(_ y: Double) -> String { fmt(40 + margin + (maxY - y) * scale) }

        var out = ""
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width + legendWidth))\" height=\"\(fmt(height))\" viewBox=\"0 0 \(fmt(width + legendWidth)) \(fmt(height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
        out += "<title>\(escape(labels.title))</title>\n"
        out +=
            "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(fmt(width + legendWidth))\" height=\"\(fmt(height))\" fill=\"#ffffff\"/>\n"
        out +=
            "<text class=\"title\" x=\"\(fmt(margin))\" y=\"28\" font-size=\"18\" font-weight=\"bold\">\(escape(labels.title))</text>\n"
        out += "<g class=\"routes\">\n"
        for (r, route) in routes.enumerated() where !route.isEmpty {
            let colour = Self.palette[r % Self.palette.count]
            var d = "M \(sx(points[0].x)) \(sy(points[0].y))"
            for node in route { d += " L \(sx(points[node].x)) \(sy(points[node].y))" }
            d += " Z"
            out +=
                "<path class=\"route\" data-route=\"\(r + 1)\" d=\"\(d)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-linejoin=\"round\" opacity=\"0.85\"/>\n"
        }
        out += "</g>\n<g class=\"customers\">\n"
        for node in skipped where node > 0 && node < points.count {
            out +=
                "<circle class=\"skipped\" cx=\"\(sx(points[node].x))\" cy=\"\(sy(points[node].y))\" r=\"3.5\" fill=\"#c8c8c8\" stroke=\"#8a8a8a\" stroke-width=\"0.8\"/>\n"
        }
        for (r, route) in routes.enumerated() {
            let colour = Self.palette[r % Self.palette.count]
            for (stop, node) in route.enumerated() {
                let x = sx(points[node].x)
                let y = sy(points[node].y)
                out +=
                    "<circle class=\"served\" data-route=\"\(r + 1)\" data-stop=\"\(stop + 1)\" cx=\"\(x)\" cy=\"\(y)\" r=\"4\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"0.8\"/>\n"
                if showStopNumbers {
                    out +=
                        "<text class=\"stop\" x=\"\(fmt(margin + (points[node].x - minX) * scale + 5))\" y=\"\(fmt(40 + margin + (maxY - points[node].y) * scale - 4))\" font-size=\"8\" fill=\"\(colour)\">\(stop + 1)</text>\n"
                }
            }
        }
        out += "</g>\n"
        if let depot = points.first {
            out +=
                "<rect class=\"depot\" x=\"\(fmt(margin + (depot.x - minX) * scale - 7))\" y=\"\(fmt(40 + margin + (maxY - depot.y) * scale - 7))\" width=\"14\" height=\"14\" fill=\"#111111\"/>\n"
        }
        // Legend.
        let lx = width + 10
        var ly = 60.0
        out += "<g class=\"legend\" font-size=\"13\">\n"
        out +=
            "<rect x=\"\(fmt(lx))\" y=\"\(fmt(ly - 6))\" width=\"12\" height=\"12\" fill=\"#111111\"/><text x=\"\(fmt(lx + 20))\" y=\"\(fmt(ly + 5))\">\(escape(labels.depot))</text>\n"
        ly += 20
        out +=
            "<circle cx=\"\(fmt(lx + 6))\" cy=\"\(fmt(ly))\" r=\"4\" fill=\"#555555\"/><text x=\"\(fmt(lx + 20))\" y=\"\(fmt(ly + 5))\">\(escape(labels.served))</text>\n"
        ly += 20
        out +=
            "<circle cx=\"\(fmt(lx + 6))\" cy=\"\(fmt(ly))\" r=\"3.5\" fill=\"#c8c8c8\" stroke=\"#8a8a8a\"/><text x=\"\(fmt(lx + 20))\" y=\"\(fmt(ly + 5))\">\(escape(labels.skipped))</text>\n"
        ly += 28
        for (r, text) in labels.routes.enumerated() {
            let colour = Self.palette[r % Self.palette.count]
            out +=
                "<line x1=\"\(fmt(lx))\" y1=\"\(fmt(ly))\" x2=\"\(fmt(lx + 14))\" y2=\"\(fmt(ly))\" stroke=\"\(colour)\" stroke-width=\"3\"/><text x=\"\(fmt(lx + 20))\" y=\"\(fmt(ly + 5))\">\(escape(text))</text>\n"
            ly += 20
        }
        ly += 8
        for note in labels.notes {
            out +=
                "<text class=\"note\" x=\"\(fmt(lx))\" y=\"\(fmt(ly + 5))\" font-weight=\"bold\">\(escape(note))</text>\n"
            ly += 20
        }
        out += "</g>\n</svg>\n"
        return out
    }

    private func fmt(_ value: Double) -> String {
        let scaled = (value * 10).rounded() / 10
        if scaled == scaled.rounded() { return String(Int(scaled)) }
        return String(scaled)
    }

    /// Escapes XML special characters in text content and attribute values.
    public static func escapeXML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.append(c)
            }
        }
        return out
    }

    private func escape(_ text: String) -> String { Self.escapeXML(text) }
}
