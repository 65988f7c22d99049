/// A map of routes rendered as a self-contained SVG document or as an SVG for an HTML page.
///
/// Each route is one `<path class="route">` in its own colour, with `<path class="arrow">`
/// triangles on its longer legs showing the direction, and stop numbers (`<text class="stop">`)
/// where they fit without overlapping another label (``StopLabelPlacer``); every
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
    /// Whether to number the visited customers (where a label fits without overlapping another).
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
        render(width: width, inline: nil, stopFontSize: 9)
    }

    /// The map for an HTML page: no XML declaration, no pixel size (the page's CSS sizes it by
    /// its `viewBox`, so it fits any screen), no title text and no legend (the page gives them
    /// in HTML, readable at any width); the SVG's `<title>` stays for screen readers.
    /// - Parameters:
    ///   - width: the map's width in drawing units.
    ///   - cssClass: the `class` of the `<svg>` element.
    public func renderInline(width: Double = 600, cssClass: String = "route-map") -> String {
        render(width: width, inline: cssClass, stopFontSize: 12)
    }

    /// The stop labels that fit without overlapping, for a map `width` units wide.
    public func stopLabels(width: Double, inline: Bool) -> [StopLabelPlacer.Label] {
        let frame = Frame(points: points, width: width, inline: inline)
        return placeLabels(frame, fontSize: inline ? 12 : 9)
    }

    /// Scale and offsets from data coordinates to drawing units.
    private struct Frame {
        let margin: Double
        let top: Double
        let minX, maxY, scale, mapHeight, width: Double

        init(points: [Point], width: Double, inline: Bool) {
            margin = inline ? 20 : 30
            top = inline ? 0 : 40
            var minX = Double.infinity, maxX = -Double.infinity, minY = Double.infinity, maxY = -Double.infinity
            for p in points {
                minX = min(minX, p.x); maxX = max(maxX, p.x)
                minY = min(minY, p.y); maxY = max(maxY, p.y)
            }
            if points.isEmpty { minX = 0; maxX = 1; minY = 0; maxY = 1 }
            let spanX = max(maxX - minX, 1e-9)
            let spanY = max(maxY - minY, 1e-9)
            self.minX = minX
            self.maxY = maxY
            self.width = width
            scale = (width - 2 * margin) / max(spanX, spanY)
            mapHeight = spanY * scale + 2 * margin + top
        }

        func x(_ value: Double) -> Double { margin + (value - minX) * scale }
        func y(_ value: Double) -> Double { top + margin + (maxY - value) * scale }
    }

    /// Direction arrows: a small triangle halfway along every leg long enough to hold one.
    private func arrows(_ frame: Frame) -> [(route: Int, tipX: Double, tipY: Double, ux: Double, uy: Double)] {
        var out: [(Int, Double, Double, Double, Double)] = []
        for (r, route) in routes.enumerated() where !route.isEmpty {
            let nodes = [0] + route + [0]
            for (a, b) in zip(nodes, nodes.dropFirst()) {
                let x1 = frame.x(points[a].x), y1 = frame.y(points[a].y)
                let x2 = frame.x(points[b].x), y2 = frame.y(points[b].y)
                let length = ((x2 - x1) * (x2 - x1) + (y2 - y1) * (y2 - y1)).squareRoot()
                guard length >= 40 else { continue }
                let ux = (x2 - x1) / length, uy = (y2 - y1) / length
                out.append((r, (x1 + x2) / 2 + 4 * ux, (y1 + y2) / 2 + 4 * uy, ux, uy))
            }
        }
        return out
    }

    private func placeLabels(_ frame: Frame, fontSize: Double) -> [StopLabelPlacer.Label] {
        guard showStopNumbers else { return [] }
        var stops: [StopLabelPlacer.Stop] = []
        for (r, route) in routes.enumerated() {
            for (stop, node) in route.enumerated() {
                stops.append(
                    .init(
                        route: r + 1, stop: stop + 1, x: frame.x(points[node].x), y: frame.y(points[node].y),
                        text: String(stop + 1)))
            }
        }
        var obstacles: [StopLabelPlacer.Box] = []
        if let depot = points.first {
            obstacles.append(.init(centerX: frame.x(depot.x), centerY: frame.y(depot.y), width: 16, height: 16))
        }
        for arrow in arrows(frame) {
            obstacles.append(.init(centerX: arrow.tipX, centerY: arrow.tipY, width: 10, height: 10))
        }
        // Every container's marker, so a number never hides another stop.
        for node in routes.joined() + skipped where node > 0 && node < points.count {
            obstacles.append(
                .init(centerX: frame.x(points[node].x), centerY: frame.y(points[node].y), width: 8, height: 8))
        }
        let bounds = StopLabelPlacer.Box(minX: 0, minY: frame.top, maxX: frame.width, maxY: frame.mapHeight)
        return StopLabelPlacer.place(
            stops, fontSize: fontSize, markerRadius: 4, bounds: bounds, obstacles: obstacles)
    }

    private func render(width: Double, inline cssClass: String?, stopFontSize: Double) -> String {
        let inline = cssClass != nil
        let frame = Frame(points: points, width: width, inline: inline)
        let legendWidth = inline ? 0 : 300.0
        let legendLines = 4 + labels.routes.count + labels.notes.count
        let height = inline ? frame.mapHeight : max(frame.mapHeight, 60 + Double(legendLines) * 20)
        func sx(_ x: Double) -> String { fmt(frame.x(x)) }
        func sy(_ y: Double) -> String { fmt(frame.y(y)) }
        let totalWidth = width + legendWidth

        var out = ""
        if let cssClass {
            out +=
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(escape(cssClass))\" viewBox=\"0 0 \(fmt(totalWidth)) \(fmt(height))\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            out += "<title>\(escape(labels.title))</title>\n"
        } else {
            out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            out +=
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(totalWidth))\" height=\"\(fmt(height))\" viewBox=\"0 0 \(fmt(totalWidth)) \(fmt(height))\" font-family=\"Helvetica, Arial, sans-serif\">\n"
            out += "<title>\(escape(labels.title))</title>\n"
        }
        out +=
            "<rect class=\"background\" x=\"0\" y=\"0\" width=\"\(fmt(totalWidth))\" height=\"\(fmt(height))\" fill=\"#ffffff\"/>\n"
        if !inline {
            out +=
                "<text class=\"title\" x=\"\(fmt(frame.margin))\" y=\"28\" font-size=\"18\" font-weight=\"bold\">\(escape(labels.title))</text>\n"
        }
        out += "<g class=\"routes\">\n"
        for (r, route) in routes.enumerated() where !route.isEmpty {
            let colour = Self.palette[r % Self.palette.count]
            var d = "M \(sx(points[0].x)) \(sy(points[0].y))"
            for node in route { d += " L \(sx(points[node].x)) \(sy(points[node].y))" }
            d += " Z"
            out +=
                "<path class=\"route\" data-route=\"\(r + 1)\" d=\"\(d)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" stroke-linejoin=\"round\" opacity=\"0.85\"/>\n"
        }
        for arrow in arrows(frame) {
            let colour = Self.palette[arrow.route % Self.palette.count]
            let back = 8.0, half = 4.0
            let bx = arrow.tipX - back * arrow.ux, by = arrow.tipY - back * arrow.uy
            let nx = -arrow.uy * half, ny = arrow.ux * half
            out +=
                "<path class=\"arrow\" data-route=\"\(arrow.route + 1)\" d=\"M \(fmt(arrow.tipX)) \(fmt(arrow.tipY)) L \(fmt(bx + nx)) \(fmt(by + ny)) L \(fmt(bx - nx)) \(fmt(by - ny)) Z\" fill=\"\(colour)\"/>\n"
        }
        out += "</g>\n<g class=\"customers\">\n"
        for node in skipped where node > 0 && node < points.count {
            out +=
                "<circle class=\"skipped\" cx=\"\(sx(points[node].x))\" cy=\"\(sy(points[node].y))\" r=\"3.5\" fill=\"#c8c8c8\" stroke=\"#8a8a8a\" stroke-width=\"0.8\"/>\n"
        }
        for (r, route) in routes.enumerated() {
            let colour = Self.palette[r % Self.palette.count]
            for (stop, node) in route.enumerated() {
                out +=
                    "<circle class=\"served\" data-route=\"\(r + 1)\" data-stop=\"\(stop + 1)\" cx=\"\(sx(points[node].x))\" cy=\"\(sy(points[node].y))\" r=\"4\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"0.8\"/>\n"
            }
        }
        out += "</g>\n"
        let placed = placeLabels(frame, fontSize: stopFontSize)
        if !placed.isEmpty {
            out += "<g class=\"stops\" font-size=\"\(fmt(stopFontSize))\" text-anchor=\"middle\">\n"
            for label in placed {
                let colour = Self.palette[(label.stop.route - 1) % Self.palette.count]
                out +=
                    "<text class=\"stop\" data-route=\"\(label.stop.route)\" data-stop=\"\(label.stop.stop)\" x=\"\(fmt(label.centerX))\" y=\"\(fmt(label.centerY))\" dominant-baseline=\"central\" fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"2.5\" paint-order=\"stroke\">\(escape(label.stop.text))</text>\n"
            }
            out += "</g>\n"
        }
        if let depot = points.first {
            out +=
                "<rect class=\"depot\" x=\"\(fmt(frame.x(depot.x) - 7))\" y=\"\(fmt(frame.y(depot.y) - 7))\" width=\"14\" height=\"14\" fill=\"#111111\"/>\n"
        }
        if !inline { out += legend(x: width + 10) }
        out += "</svg>\n"
        return out
    }

    /// The legend of a standalone document: depot, served, skipped, one line per route, notes.
    private func legend(x lx: Double) -> String {
        var ly = 60.0
        var out = "<g class=\"legend\" font-size=\"13\">\n"
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
        return out + "</g>\n"
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
