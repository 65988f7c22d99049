import Forecasting
import Foundation

/// Texts of the forecast demo in Dutch and English (the library itself stays language-neutral).
struct ForecastMessages {
    /// Output language.
    enum Language: String, CaseIterable {
        case nl, en
    }

    let language: Language

    var monthNames: [String] {
        language == .nl
            ? ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }

    func month(_ m: YearMonth) -> String { "\(monthNames[m.month - 1]) \(m.year)" }

    /// A number with one decimal, Dutch or English decimal mark.
    func decimal(_ v: Double, digits: Int = 1) -> String {
        let s = String(format: "%.\(digits)f", v)
        return language == .nl ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// A count-like value rounded to a whole number with thousands grouping.
    func count(_ v: Double) -> String {
        guard v.isFinite, abs(v) < 1e15 else { return "–" }
        let rounded = Int(v.rounded())
        var digits = String(abs(rounded))
        var out = ""
        while digits.count > 3 {
            out = (language == .nl ? "." : ",") + digits.suffix(3) + out
            digits = String(digits.dropLast(3))
        }
        return (rounded < 0 ? "-" : "") + digits + out
    }

    func chartLabels(title: String, notes: [String]) -> FanChartLabels {
        switch language {
        case .nl:
            return FanChartLabels(
                title: title, valueAxis: "Aantal per maand", timeAxis: "Maand", history: "Waargenomen",
                forecast: "Voorspelling", band80: "80 %-interval", band95: "95 %-interval",
                backtest: "Terugtoets (eerdere voorspellingen)", monthNames: monthNames, notes: notes,
                decimalSeparator: ",", groupingSeparator: ".")
        case .en:
            return FanChartLabels(
                title: title, valueAxis: "Count per month", timeAxis: "Month", history: "Observed",
                forecast: "Forecast", band80: "80 % interval", band95: "95 % interval",
                backtest: "Backtest (earlier forecasts)", monthNames: monthNames, notes: notes)
        }
    }

    func backtestLine(_ b: BacktestResult) -> String {
        let h = b.folds.first?.actual.count ?? 0
        let mape = b.summary.mape.map { decimal($0) + " %" } ?? "–"
        let mase = b.summary.mase.map { decimal($0, digits: 2) } ?? "–"
        switch language {
        case .nl:
            return
                "Terugtoets (\(b.folds.count) vensters van \(h) maanden): MAPE \(mape), sMAPE \(decimal(b.summary.sMAPE)) %, MASE \(mase)"
        case .en:
            return
                "Backtest (\(b.folds.count) windows of \(h) months): MAPE \(mape), sMAPE \(decimal(b.summary.sMAPE)) %, MASE \(mase)"
        }
    }

    func reason(_ report: ForecastReport) -> String {
        if !report.contenders.isEmpty {
            let scores = report.contenders.map { "\($0.method.rawValue) \(decimal($0.result.summary.sMAPE)) %" }.joined(
                separator: ", ")
            return language == .nl
                ? "gekozen op de laagste sMAPE in de terugtoets (\(scores))"
                : "chosen by the lowest backtest sMAPE (\(scores))"
        }
        let family: [ForecastMethod: String] = [.ets: "ETS", .theta: "Theta", .combo: "Combo", .naive2: "Naive2"]
        if let prefix = family[report.usedMethod], !report.forecast.method.hasPrefix(prefix) {
            return language == .nl
                ? "te weinig of ongeschikte gegevens voor \(report.usedMethod.rawValue); eenvoudiger methode gebruikt"
                : "too little or unsuitable data for \(report.usedMethod.rawValue); used a simpler method"
        }
        switch (report.usedMethod, language) {
        case (.ets, .nl): return "ETS-model met de laagste AICc"
        case (.ets, .en): return "ETS model with the lowest AICc"
        case (.theta, .nl): return "Theta-variant met de kleinste fout binnen de reeks"
        case (.theta, .en): return "Theta variant with the smallest in-sample error"
        case (.combo, .nl): return "gemiddelde van ETS en Theta"
        case (.combo, .en): return "mean of ETS and Theta"
        case (_, .nl): return "vergelijkingsmaatstaf (naïef, seizoensgecorrigeerd)"
        case (_, .en): return "benchmark (seasonally adjusted naive)"
        }
    }
}
