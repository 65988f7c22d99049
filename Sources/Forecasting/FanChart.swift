import Foundation

/// Renders history, point forecast, 80 % and 95 % bands and backtest forecasts as an SVG fan chart.
public struct FanChart: Sendable {
    /// Texts shown in the chart.
    public var labels: FanChartLabels
    /// Width in pixels.
    public var width: Double = 960
    /// Height in pixels.
    public var height: Double = 540

    /// Creates a chart with the given texts.
    public init(labels: FanChartLabels) { self.labels = labels }

    /// The font size of axis labels and legend, in drawing units.
    static let fontSize = 13.0
    /// The least space between two time-axis labels, in drawing units.
    static let minimumLabelGap = 8.0

    private var left: Double { 84 }
    private var right: Double { width - 24 }
    private var bottom: Double { height - 120 }

    /// The SVG document. Paths carry classes `band95`, `band80`, `history`, `forecast` and `backtest`.
    /// - Parameters:
    ///   - history: observed values, oldest first.
    ///   - start: month of the first observation (axis shows month names and years), or nil for indices.
    ///   - forecast: forecast after the history; its 80 and 95 % intervals are drawn when present.
    ///   - backtest: backtest whose fold forecasts are drawn as dashed lines.
    public func render(history: [Double], start: YearMonth?, forecast: Forecast, backtest: BacktestResult? = nil)
        -> String
    {
        render(history: history, start: start, forecast: forecast, backtest: backtest, inline: nil)
    }

    /// The chart for an HTML page: no XML declaration, no pixel size (the page's CSS sizes it by
    /// its `viewBox`, so it fits any screen) and no title text (the page has its heading); the
    /// `<title>` stays for screen readers. Parameters as in ``render(history:start:forecast:backtest:)``.
    public func renderInline(
        history: [Double], start: YearMonth?, forecast: Forecast, backtest: BacktestResult? = nil,
        cssClass: String = "fan-chart"
    ) -> String {
        render(history: history, start: start, forecast: forecast, backtest: backtest, inline: cssClass)
    }

    private func render(
        history: [Double], start: YearMonth?, forecast: Forecast, backtest: BacktestResult?, inline cssClass: String?
    ) -> String {
        let n = history.count
        let top = cssClass == nil ? 56.0 : 24.0
        let (ticks, lo, hi) = valueTicks(history: history, forecast: forecast, backtest: backtest)
        let frame = Frame(
            left: left, right: right, top: top, bottom: bottom, lo: lo, hi: hi, total: max(n + forecast.horizon, 2))
        let (legend, legendBottom) = self.legend(forecast: forecast, showsBacktest: !(backtest?.folds.isEmpty ?? true))
        let notesBottom = legendBottom + (labels.notes.isEmpty ? 0 : 24 + 16 * Double(labels.notes.count - 1))
        let totalHeight = max(height, notesBottom + 16)
        var svg = header(height: totalHeight, inline: cssClass)
        svg += valueAxis(ticks, frame)
        svg += timeAxis(start: start, frame)
        svg += bands(history: history, forecast: forecast, frame)
        for fold in backtest?.folds ?? [] where fold.origin >= 1 && fold.origin <= n {
            var d = "M\(f(frame.x(fold.origin - 1))),\(f(frame.y(history[fold.origin - 1])))"
            for (k, v) in fold.forecast.enumerated() where v.isFinite {
                d += " L\(f(frame.x(fold.origin + k))),\(f(frame.y(v)))"
            }
            svg +=
                "<path class=\"backtest\" d=\"\(d)\" fill=\"none\" stroke=\"#e6550d\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n"
        }
        svg += lines(history: history, forecast: forecast, frame)
        svg += legend
        if !labels.notes.isEmpty {
            svg += "<g class=\"notes\">\n"
            for (i, line) in labels.notes.enumerated() {
                svg +=
                    "<text x=\"\(f(left))\" y=\"\(f(legendBottom + 24 + 16 * Double(i)))\" fill=\"#444444\">\(escape(line))</text>\n"
            }
            svg += "</g>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    /// Plot area and value range: maps a time index and a value to pixels.
    private struct Frame {
        let left, right, top, bottom, lo, hi: Double
        let total: Int
        func x(_ i: Int) -> Double { left + (right - left) * Double(i) / Double(total - 1) }
        func y(_ v: Double) -> Double { bottom - (bottom - top) * (v - lo) / (hi - lo) }
    }

    /// Value-axis ticks and the value range they and every finite plotted value fit in.
    private func valueTicks(history: [Double], forecast: Forecast, backtest: BacktestResult?)
        -> (ticks: [Double], lo: Double, hi: Double)
    {
        var all = history + forecast.mean
        for interval in forecast.intervals { all += interval.lower + interval.upper }
        for fold in backtest?.folds ?? [] { all += fold.forecast }
        let finite = all.filter(\.isFinite)
        var lo = finite.min() ?? 0
        var hi = finite.max() ?? 1
        if lo >= 0 && lo < hi * 0.35 { lo = 0 }
        if hi - lo < 1e-9 { hi = lo + 1 }
        let ticks = Self.niceTicks(lo, hi, count: 6)
        return (ticks, min(lo, ticks.first ?? lo), max(hi, ticks.last ?? hi))
    }

    /// XML declaration, the `<svg>` element, title and white background; for a page only the
    /// `<svg>` element with its class, `viewBox` and `<title>`.
    private func header(height: Double, inline cssClass: String?) -> String {
        var svg = ""
        if let cssClass {
            svg +=
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(escape(cssClass))\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"\(f(Self.fontSize))\">\n"
        } else {
            svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            svg +=
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"\(f(Self.fontSize))\">\n"
        }
        svg += "<title>\(escape(labels.title))</title>\n"
        svg += "<rect x=\"0\" y=\"0\" width=\"\(f(width))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
        if cssClass == nil {
            svg +=
                "<text x=\"\(f(left))\" y=\"30\" font-size=\"18\" font-weight=\"bold\">\(escape(labels.title))</text>\n"
        }
        return svg
    }

    /// Value-axis grid lines, tick labels and axis title.
    private func valueAxis(_ ticks: [Double], _ frame: Frame) -> String {
        var svg = "<g class=\"value-axis\">\n"
        for t in ticks {
            let y = frame.y(t)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(right))\" y2=\"\(f(y))\" stroke=\"#e3e3e3\"/>\n"
            svg +=
                "<text x=\"\(f(left - 8))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(escape(formatNumber(t, step: ticks.count > 1 ? ticks[1] - ticks[0] : 1)))</text>\n"
        }
        svg +=
            "<text transform=\"translate(18 \(f((frame.top + bottom) / 2))) rotate(-90)\" text-anchor=\"middle\">\(escape(labels.valueAxis))</text>\n"
        return svg + "</g>\n"
    }

    /// Time axis line, tick marks with month or index labels, and axis title.
    private func timeAxis(start: YearMonth?, _ frame: Frame) -> String {
        var svg = "<g class=\"time-axis\">\n"
        svg +=
            "<line x1=\"\(f(left))\" y1=\"\(f(bottom))\" x2=\"\(f(right))\" y2=\"\(f(bottom))\" stroke=\"#555555\"/>\n"
        for (i, text) in timeTicks(start: start, total: frame.total, spacing: frame.x(1) - frame.x(0)) {
            let x = frame.x(i)
            svg +=
                "<line x1=\"\(f(x))\" y1=\"\(f(bottom))\" x2=\"\(f(x))\" y2=\"\(f(bottom + 5))\" stroke=\"#555555\"/>\n"
            svg += "<text x=\"\(f(x))\" y=\"\(f(bottom + 20))\" text-anchor=\"middle\">\(escape(text))</text>\n"
        }
        svg +=
            "<text x=\"\(f((left + right) / 2))\" y=\"\(f(bottom + 42))\" text-anchor=\"middle\">\(escape(labels.timeAxis))</text>\n"
        return svg + "</g>\n"
    }

    /// The 95 % and 80 % bands (widest first), each from the last observation over the horizon.
    private func bands(history: [Double], forecast: Forecast, _ frame: Frame) -> String {
        let n = history.count
        let h = forecast.horizon
        var svg = ""
        for (level, cls, colour) in [(95.0, "band95", "#c6dbef"), (80.0, "band80", "#6baed6")] {
            guard let band = forecast.interval(level: level), h > 0 else { continue }
            var d = "M\(f(frame.x(n - 1))),\(f(frame.y(history.last ?? forecast.mean[0])))"
            for k in 0..<h { d += " L\(f(frame.x(n + k))),\(f(frame.y(band.upper[k])))" }
            for k in stride(from: h - 1, through: 0, by: -1) {
                d += " L\(f(frame.x(n + k))),\(f(frame.y(band.lower[k])))"
            }
            d += " Z"
            svg += "<path class=\"\(cls)\" d=\"\(d)\" fill=\"\(colour)\" fill-opacity=\"0.8\" stroke=\"none\"/>\n"
        }
        return svg
    }

    /// The history line, the point-forecast line and the dotted line at the forecast origin.
    private func lines(history: [Double], forecast: Forecast, _ frame: Frame) -> String {
        let n = history.count
        let h = forecast.horizon
        let origin = n - 1
        var svg = ""
        if n > 0 {
            var d = "M\(f(frame.x(0))),\(f(frame.y(history[0])))"
            for i in 1..<n { d += " L\(f(frame.x(i))),\(f(frame.y(history[i])))" }
            svg += "<path class=\"history\" d=\"\(d)\" fill=\"none\" stroke=\"#222222\" stroke-width=\"1.6\"/>\n"
        }
        if h > 0 {
            var d =
                n > 0
                ? "M\(f(frame.x(origin))),\(f(frame.y(history[origin])))"
                : "M\(f(frame.x(0))),\(f(frame.y(forecast.mean[0])))"
            for k in 0..<h { d += " L\(f(frame.x(n + k))),\(f(frame.y(forecast.mean[k])))" }
            svg += "<path class=\"forecast\" d=\"\(d)\" fill=\"none\" stroke=\"#08519c\" stroke-width=\"2.2\"/>\n"
            svg +=
                "<line x1=\"\(f(frame.x(origin)))\" y1=\"\(f(frame.top))\" x2=\"\(f(frame.x(origin)))\" y2=\"\(f(bottom))\" stroke=\"#999999\" stroke-dasharray=\"2 3\"/>\n"
        }
        return svg
    }

    /// The legend, wrapped to the plot width, and the baseline of its last row (notes go below it).
    private func legend(forecast: Forecast, showsBacktest: Bool) -> (svg: String, lastRow: Double) {
        var ly = bottom + 66
        var lx = left
        var svg = "<g class=\"legend\">\n"
        var entries: [(String, String)] = [
            (labels.history, "<line x1=\"0\" y1=\"0\" x2=\"22\" y2=\"0\" stroke=\"#222222\" stroke-width=\"1.6\"/>"),
            (
                labels.forecast + " " + forecast.method,
                "<line x1=\"0\" y1=\"0\" x2=\"22\" y2=\"0\" stroke=\"#08519c\" stroke-width=\"2.2\"/>"
            ),
            (labels.band80, "<rect x=\"0\" y=\"-6\" width=\"22\" height=\"12\" fill=\"#6baed6\"/>"),
            (labels.band95, "<rect x=\"0\" y=\"-6\" width=\"22\" height=\"12\" fill=\"#c6dbef\"/>"),
        ]
        if showsBacktest {
            entries.append(
                (
                    labels.backtest,
                    "<line x1=\"0\" y1=\"0\" x2=\"22\" y2=\"0\" stroke=\"#e6550d\" stroke-dasharray=\"5 3\"/>"
                ))
        }
        for (text, symbol) in entries {
            let widthEstimate = 48 + 7.8 * Double(text.count)
            if lx + widthEstimate > right {
                lx = left
                ly += 20
            }
            svg +=
                "<g transform=\"translate(\(f(lx)) \(f(ly)))\">\(symbol)<text x=\"28\" y=\"4\">\(escape(text))</text></g>\n"
            lx += widthEstimate
        }
        return (svg + "</g>\n", ly)
    }

    /// The width of `text` at the chart's font size: 0.6 em per character, a little more than
    /// Helvetica's or Arial's digits and lower-case letters, so labels spaced by it do not touch.
    static func labelWidth(_ text: String) -> Double { Double(text.count) * 0.6 * fontSize }

    /// Time-axis ticks (index, label) spaced so that no two labels overlap.
    ///
    /// Months are labelled every 1, 2, 3 or 6 months (January with its year), years every 1, 2,
    /// 5, 10… years; the finest step whose labels are at least their width plus
    /// ``minimumLabelGap`` apart is taken. Labels that would stick out of the chart are left out.
    /// - Parameter spacing: drawing units between two consecutive months (or indices).
    func timeTicks(start: YearMonth?, total: Int, spacing: Double) -> [(Int, String)] {
        func fits(_ texts: [String], step: Int) -> Bool {
            let widest = texts.map(Self.labelWidth).max() ?? 0
            return Double(step) * spacing >= widest + Self.minimumLabelGap
        }
        func inside(_ ticks: [(Int, String)]) -> [(Int, String)] {
            ticks.filter { i, text in
                let x = left + spacing * Double(i)
                return x - Self.labelWidth(text) / 2 >= 0 && x + Self.labelWidth(text) / 2 <= width
            }
        }
        guard let start else {
            var candidates: [Int] = []
            var magnitude = 1
            while candidates.count < 40 {
                candidates += [1, 2, 5].map { $0 * magnitude }
                magnitude *= 10
            }
            let step = candidates.first { fits([String(total)], step: $0) } ?? candidates.last!
            return inside(stride(from: 0, to: total, by: step).map { ($0, String($0 + 1)) })
        }
        let months = (0..<total).map { start.adding(months: $0) }
        for monthStep in [1, 2, 3, 6] {
            let ticks = months.enumerated().filter { _, month in (month.month - 1) % monthStep == 0 }
                .map { i, month -> (Int, String) in
                    let name = labels.monthNames[month.month - 1]
                    return (i, month.month == 1 ? "\(name) \(month.year)" : name)
                }
            if fits(ticks.map(\.1), step: monthStep) { return inside(ticks) }
        }
        var yearSteps: [Int] = []
        var magnitude = 1
        while yearSteps.count < 30 {
            yearSteps += [1, 2, 5].map { $0 * magnitude }
            magnitude *= 10
        }
        let lastYear = months.last?.year ?? start.year
        let step = yearSteps.first { fits([String(lastYear)], step: 12 * $0) } ?? yearSteps.last!
        let ticks = months.enumerated().filter { _, month in month.month == 1 && month.year % step == 0 }
            .map { i, month in (i, String(month.year)) }
        return inside(ticks)
    }

    private func formatNumber(_ v: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : min(6, Int((-log10(step)).rounded(.up)))
        let text = String(format: "%.\(decimals)f", abs(v))
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var integer = String(parts[0])
        var grouped = ""
        while integer.count > 3 {
            grouped = labels.groupingSeparator + String(integer.suffix(3)) + grouped
            integer = String(integer.dropLast(3))
        }
        grouped = integer + grouped
        if parts.count > 1 { grouped += labels.decimalSeparator + parts[1] }
        return (v < 0 && text.contains(where: { $0 != "0" && $0 != "." }) ? "−" : "") + grouped
    }

    /// Round tick values (1, 2, 2.5 or 5 times a power of ten) covering lo...hi.
    static func niceTicks(_ lo: Double, _ hi: Double, count: Int) -> [Double] {
        let span = hi - lo
        guard span > 0, span.isFinite else { return [lo] }
        let raw = span / Double(max(1, count - 1))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        let first = (lo / step).rounded(.down) * step
        var out: [Double] = []
        var v = first
        while v <= hi + step * 0.999 && out.count < 50 {
            out.append(abs(v) < step * 1e-9 ? 0 : v)
            v += step
        }
        return out
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v.isFinite ? v : 0) }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
