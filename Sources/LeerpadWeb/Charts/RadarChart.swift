import Foundation
import LeerpadApp
import LeerpadCore

/// A radar chart of the subdimension scores (1–5), current against previous, as inline SVG with its legend.
///
/// The scale runs from the centre (0) outwards, so ring 1 is a visible ring and a score of 1 is
/// not the centre; the rings are labelled 1–5. A subdimension without a score (every answer
/// "weet niet") gets no vertex: the line is broken there, its axis is dashed and the legend says
/// "onbekend". Axes carry the model's numbers; the legend next to the chart names them.
enum RadarChart {
    /// Geometry of the chart in viewBox units.
    static let size = 440.0
    static let radius = 170.0
    static var center: Double { size / 2 }

    /// The point of subdimension `index` (of `count`) at `value` on the 0–5 scale.
    static func point(_ index: Int, of count: Int, value: Double) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
        let r = radius * max(0, min(value, 5)) / 5
        return (center + r * cos(angle), center + r * sin(angle))
    }

    /// Maximal runs of consecutive indices (cyclic, in axis order) whose value is known.
    ///
    /// A run that wraps around the end starts at its first index after a gap; when nothing is
    /// unknown the one run is every index and `closed` is true.
    static func knownRuns(_ values: [Double?]) -> (runs: [[Int]], closed: Bool) {
        let count = values.count
        guard let firstGap = values.firstIndex(where: { $0 == nil }) else {
            return (count == 0 ? [] : [Array(0..<count)], count > 0)
        }
        var runs: [[Int]] = []
        var current: [Int] = []
        for step in 1...count {
            let index = (firstGap + step) % count
            if values[index] == nil {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return (runs, false)
    }

    /// The chart and its legend; `previous` is drawn dashed underneath.
    static func render(model: MaturityModel, current: Assessment?, previous: Assessment?, language: Language) -> HTML {
        let subdimensions = model.subdimensions
        let count = max(subdimensions.count, 3)
        func coordinates(_ p: (x: Double, y: Double)) -> String {
            "\(LocalFormat.plain(p.x)),\(LocalFormat.plain(p.y))"
        }
        let currentValues = subdimensions.map { current?.subdimension($0.id)?.score }
        var parts: [HTML] = []
        for ring in 1...5 {
            let points = (0..<count).map { coordinates(point($0, of: count, value: Double(ring))) }
                .joined(separator: " ")
            parts.append(
                "<polygon class=\"ring\" data-value=\"\(ring)\" points=\"\(points)\" fill=\"none\" stroke=\"#c9d0d8\" stroke-width=\"1\"/>"
            )
        }
        for (index, subdimension) in subdimensions.enumerated() {
            let outer = point(index, of: count, value: 5)
            let label = point(index, of: count, value: 5.5)
            let anchor = abs(label.x - center) < 10 ? "middle" : (label.x > center ? "start" : "end")
            let unknown = current != nil && currentValues[index] == nil
            let name = subdimension.name[language] + (unknown ? " (" + language.page(.radarUnknown) + ")" : "")
            let axisStyle = HTML(raw: unknown ? " stroke-dasharray=\"3 3\" stroke=\"#6b7480\"" : " stroke=\"#c9d0d8\"")
            parts.append(
                """
                <line class="\(unknown ? "axis unknown" : "axis")" data-subdimension="\(subdimension.id)" x1="\(LocalFormat.plain(center))" y1="\(LocalFormat.plain(center))" x2="\(LocalFormat.plain(outer.x))" y2="\(LocalFormat.plain(outer.y))"\(axisStyle)/>\
                <text class="\(unknown ? "axis-label unknown" : "axis-label")" x="\(LocalFormat.plain(label.x))" y="\(LocalFormat.plain(label.y + 4))" text-anchor="\(anchor)"><title>\(name)</title>\(subdimension.number)</text>
                """)
        }
        // Ring labels along the gap between the first two axes, where no line runs.
        for ring in 1...5 {
            let between = -Double.pi / 2 + Double.pi / Double(count)
            let r = radius * Double(ring) / 5
            parts.append(
                "<text class=\"ring-label\" x=\"\(LocalFormat.plain(center + r * cos(between) + 2))\" y=\"\(LocalFormat.plain(center + r * sin(between) + 4))\" fill=\"#4a5360\">\(ring)</text>"
            )
        }
        func series(_ assessment: Assessment, name: String, stroke: String, fill: String, dashed: Bool) -> HTML {
            let values = subdimensions.map { assessment.subdimension($0.id)?.score }
            let vertices = values.enumerated().map { index, value in
                value.map { point(index, of: count, value: $0) }
            }
            let (runs, closed) = knownRuns(values)
            let dash = HTML(raw: dashed ? " stroke-dasharray=\"6 4\"" : "")
            var shapes: [HTML] = []
            if closed {
                let points = vertices.compactMap { $0.map(coordinates) }.joined(separator: " ")
                shapes.append(
                    "<polygon class=\"area\" points=\"\(points)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"2\"\(dash)/>"
                )
            } else {
                // The area as wedges from the centre over each run, the line as one open path per run.
                let centre = coordinates((center, center))
                let area = runs.filter { $0.count > 1 }.map { run in
                    "M\(centre) L" + run.compactMap { vertices[$0].map(coordinates) }.joined(separator: " L") + " Z"
                }
                .joined(separator: " ")
                if !area.isEmpty {
                    shapes.append("<path class=\"area\" d=\"\(area)\" fill=\"\(fill)\" stroke=\"none\"/>")
                }
                for run in runs where run.count > 1 {
                    let d = "M" + run.compactMap { vertices[$0].map(coordinates) }.joined(separator: " L")
                    shapes.append(
                        "<path class=\"line\" d=\"\(d)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\"\(dash)/>"
                    )
                }
            }
            for (index, vertex) in vertices.enumerated() {
                guard let vertex else { continue }
                shapes.append(
                    "<circle class=\"vertex\" data-subdimension=\"\(subdimensions[index].id)\" cx=\"\(LocalFormat.plain(vertex.x))\" cy=\"\(LocalFormat.plain(vertex.y))\" r=\"\(dashed ? "2" : "3")\" fill=\"\(stroke)\"/>"
                )
            }
            return "<g class=\"series \(name)\">\(shapes)</g>"
        }
        if let previous {
            parts.append(series(previous, name: "previous", stroke: "#6b7480", fill: "none", dashed: true))
        }
        if let current {
            parts.append(
                series(current, name: "current", stroke: "#0b5cad", fill: "rgba(11,92,173,0.18)", dashed: false))
        }
        let legend = subdimensions.enumerated().map { index, subdimension -> HTML in
            let value: HTML =
                current == nil
                ? .empty
                : currentValues[index].map {
                    " <span class=\"score\">\(LocalFormat.number($0, decimals: 1, in: language))</span>"
                }
                    ?? " <span class=\"score unknown\">\(language.page(.radarUnknown))</span>"
            return "<li value=\"\(subdimension.number)\">\(subdimension.name[language])\(value)</li>"
        }
        let title = language.page(.radarChartTitle)
        return """
            <div class="radar-chart">
            <svg xmlns="http://www.w3.org/2000/svg" class="radar" viewBox="0 0 \(Int(size)) \(Int(size))" role="img" aria-labelledby="radar-title">
            <title id="radar-title">\(title)</title>
            \(parts)
            </svg>
            <ol class="radar-legend" aria-label="\(language.page(.radarLegend))">\(legend)</ol>
            </div>
            """
    }
}

/// Small pieces shared by pages: level cells, trend arrows, XP bar.
enum Widgets {
    /// A heat-map cell: the level as colour and the score as number, with the trend.
    /// " · 5 respondenten" of a measurement, with the mark when it is thin; `id` names the span.
    static func respondents(_ recorded: RecordedAssessment?, minimum: Int, id: String? = nil, language: Language)
        -> HTML
    {
        guard let recorded else { return .empty }
        let thin: HTML =
            MeasurementQuality.isThin(recorded.assessment, minimum: minimum)
            ? " <span class=\"flag\">\(RoundText.thin.text(language))</span>" : .empty
        let identifier: HTML = id.map { " id=\"\($0)\"" }.map(HTML.init(raw:)) ?? .empty
        return
            " · <span\(identifier) data-respondents=\"\(recorded.respondents)\">\(RoundText.respondents(recorded.respondents).text(language))</span>\(thin)"
    }

    /// A heat-map cell: the score, its level's colour and trend; with `minimum`, how many answered
    /// (in its title) and a mark when the score is thin.
    static func levelCell(
        _ score: SubdimensionScore?, previous: SubdimensionScore?, minimum: Int? = nil, language: Language
    ) -> HTML {
        guard let score, let value = score.score, let level = score.level else {
            return "<td class=\"l0\" title=\"\(language.term(.noAnswers))\">–</td>"
        }
        let text: HTML =
            "\(LocalFormat.number(value, decimals: 1, in: language))\(trend(score.score, previous?.score, language: language))"
        guard let minimum else { return "<td class=\"l\(level)\">\(text)</td>" }
        let thin = MeasurementQuality.isThin(score, minimum: minimum)
        return
            "<td class=\"l\(level)\(HTML(raw: thin ? " thin" : ""))\" title=\"\(RoundText.respondents(score.respondents).text(language))\(thin ? " · " + RoundText.thin.text(language) : "")\">\(text)\(thin ? "*" : "")</td>"
    }

    /// ▲/▼ with the difference, when it is at least 0.05.
    static func trend(_ current: Double?, _ previous: Double?, language: Language) -> HTML {
        guard let current, let previous else { return .empty }
        let change = current - previous
        guard abs(change) >= 0.05 else { return .empty }
        let text = (change > 0 ? "+" : "") + LocalFormat.number(change, decimals: 1, in: language)
        let label = change > 0 ? language.page(.trendUp) : language.page(.trendDown)
        return
            " <span class=\"\(change > 0 ? "up" : "down")\" title=\"\(label)\">\(change > 0 ? "▲" : "▼")<span class=\"muted-sr\">\(text)</span></span>"
    }

    /// The legend of the level colours.
    static func legend(model: MaturityModel, language: Language) -> HTML {
        let items = model.levels.map { level -> HTML in
            "<span class=\"l\(level.number)\">\(level.number) \(level.name[language]) (≥ \(LocalFormat.number(level.minimumScore, decimals: 1, in: language)))</span>"
        }
        return "<p class=\"legend\">\(language.page(.levels)): \(items)</p>"
    }
}
