import Forecasting
import Foundation
import LeerpadApp
import LeerpadCore

/// Turns a ``ForecastReport`` into the demo's text or JSON output.
enum ForecastReportFormatter {
    /// The forecast as JSON, the shape the web API's forecast demo gives too.
    static func json(_ report: ForecastReport) throws -> String {
        try JSONOutput.encode(ForecastView(report)) + "\n"
    }

    static func text(_ report: ForecastReport, source: String, messages m: ForecastMessages) -> String {
        let t = { (text: DemoText) in text.text(m.catalogueLanguage) }
        let s = report.series
        var out = ""
        out += t(.forecastHeading(source: source)) + "\n"
        if let start = s.start {
            let last = m.month(start.adding(months: s.count - 1))
            out += t(.seriesMonths(count: s.count, first: m.month(start), last: last)) + "\n"
        }
        out += t(.method) + ": " + report.forecast.method + " — " + m.reason(report) + "\n\n"
        let head = [t(.month), t(.forecast), t(.interval80), t(.interval95)]
        out +=
            head[0].padding(toLength: 10, withPad: " ", startingAt: 0) + head[1].leftPad(14) + head[2].leftPad(18)
            + head[3].leftPad(18)
            + "\n"
        let f = report.forecast
        let months = report.forecastMonths
        for k in 0..<f.horizon {
            let label = months.map { m.month($0[k]) } ?? String(k + 1)
            let i80 = f.interval(level: 80).map { "\(m.count($0.lower[k])) – \(m.count($0.upper[k]))" } ?? "–"
            let i95 = f.interval(level: 95).map { "\(m.count($0.lower[k])) – \(m.count($0.upper[k]))" } ?? "–"
            out +=
                label.padding(toLength: 10, withPad: " ", startingAt: 0) + m.count(f.mean[k]).leftPad(14)
                + i80.leftPad(18)
                + i95.leftPad(18) + "\n"
        }
        out += "\n"
        if let b = report.backtest {
            out += m.backtestLine(b) + "\n"
            for fold in b.folds {
                let origin = s.start.map { m.month($0.adding(months: fold.origin)) } ?? String(fold.origin + 1)
                let mape = fold.mape.map { m.decimal($0) + " %" } ?? "–"
                out += "  " + t(.backtestFold(origin: origin, mape: mape, sMAPE: m.decimal(fold.sMAPE))) + "\n"
            }
        } else {
            out += t(.seriesTooShort) + "\n"
        }
        if m.language == .en && !f.notes.isEmpty {
            out += "Notes: " + f.notes.joined(separator: "; ") + "\n"
        }
        return out
    }
}

extension String {
    /// Right-aligns the string in a field of `width` characters.
    func leftPad(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}

extension ForecastMessages {
    /// The output language as the text catalogues name it.
    var catalogueLanguage: LeerpadCore.Language { language == .nl ? .dutch : .english }
}
