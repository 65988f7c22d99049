import Foundation
import LeerpadApp
import LeerpadCore

/// A radar chart of the subdimension scores (1–5), current against previous, as inline SVG.
enum RadarChart {
    /// The chart; `previous` is drawn dashed underneath. Axes are numbered as in the model.
    static func render(model: MaturityModel, current: Assessment?, previous: Assessment?, language: Language) -> HTML {
        let size = 420.0
        let center = size / 2
        let radius = 150.0
        let subdimensions = model.subdimensions
        let count = max(subdimensions.count, 3)
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            let r = radius * max(0, min(value - 1, 4)) / 4
            return (center + r * cos(angle), center + r * sin(angle))
        }
        func coordinates(_ p: (Double, Double)) -> String { "\(LocalFormat.plain(p.0))," + LocalFormat.plain(p.1) }
        var parts: [HTML] = []
        for ring in 1...5 {
            let points = (0..<count).map { coordinates(point($0, Double(ring))) }.joined(separator: " ")
            parts.append("<polygon points=\"\(points)\" fill=\"none\" stroke=\"#c9d0d8\" stroke-width=\"1\"/>")
        }
        for (index, subdimension) in subdimensions.enumerated() {
            let outer = point(index, 5)
            let label = point(index, 5.55)
            let anchor = abs(label.0 - center) < 10 ? "middle" : (label.0 > center ? "start" : "end")
            parts.append(
                """
                <line x1="\(LocalFormat.plain(center))" y1="\(LocalFormat.plain(center))" x2="\(LocalFormat.plain(outer.0))" y2="\(LocalFormat.plain(outer.1))" stroke="#c9d0d8"/>\
                <text x="\(LocalFormat.plain(label.0))" y="\(LocalFormat.plain(label.1 + 4))" text-anchor="\(anchor)"><title>\(subdimension.name[language])</title>\(subdimension.number)</text>
                """)
        }
        func polygon(_ assessment: Assessment, stroke: String, fill: String, dashed: Bool) -> HTML {
            let points = subdimensions.enumerated().map { index, subdimension in
                coordinates(point(index, assessment.subdimension(subdimension.id)?.score ?? 1))
            }
            .joined(separator: " ")
            return
                "<polygon points=\"\(points)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"2\"\(HTML(raw: dashed ? " stroke-dasharray=\"6 4\"" : ""))/>"
        }
        if let previous { parts.append(polygon(previous, stroke: "#6b7480", fill: "none", dashed: true)) }
        if let current {
            parts.append(polygon(current, stroke: "#0b5cad", fill: "rgba(11,92,173,0.18)", dashed: false))
        }
        let title = language.page(.radarChartTitle)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="radar" viewBox="0 0 \(Int(size)) \(Int(size))" role="img" aria-labelledby="radar-title">
            <title id="radar-title">\(title)</title>
            \(parts)
            </svg>
            """
    }
}

/// Small pieces shared by pages: level cells, trend arrows, XP bar.
enum Widgets {
    /// A heat-map cell: the level as colour and the score as number, with the trend.
    static func levelCell(_ score: SubdimensionScore?, previous: SubdimensionScore?, language: Language) -> HTML {
        guard let score, let value = score.score, let level = score.level else {
            return "<td class=\"l0\" title=\"\(language.term(.noAnswers))\">–</td>"
        }
        return
            "<td class=\"l\(level)\">\(LocalFormat.number(value, decimals: 1, in: language))\(trend(score.score, previous?.score, language: language))</td>"
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
