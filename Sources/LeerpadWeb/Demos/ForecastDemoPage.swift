import Forecasting
import Foundation
import LeerpadApp
import LeerpadCore

/// The forecast demo's result: the fan chart, the forecast table and the backtest.
struct ForecastDemoPage {
    let title: String
    let series: TimeSeries
    let report: ForecastReport
    let language: Language

    static func monthNames(_ language: Language) -> [String] {
        language == .dutch
            ? ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }

    /// A reader or model error in the user's language, with line and field where it has them.
    static func describe(_ error: any Error, language: Language) -> String {
        let detail = DemoInputText.describe(error, in: language)
        return language.demo(.seriesUnusable(reason: detail))
    }

    var body: HTML {
        let l = language
        let forecast = report.forecast
        let backtestNote = report.backtest.map { backtest in
            "MAPE " + (backtest.summary.mape.map { LocalFormat.number($0, decimals: 1, in: l) + " %" } ?? "–")
                + ", sMAPE "
                + LocalFormat.number(backtest.summary.sMAPE, decimals: 1, in: l) + " %, MASE "
                + (backtest.summary.mase.map { LocalFormat.number($0, decimals: 2, in: l) } ?? "–")
        }
        let labels = FanChartLabels(
            title: l.demo(.demandForecastTitle(series: title)),
            valueAxis: l.demo(.countPerMonth),
            timeAxis: l.demo(.month), history: l.demo(.observed),
            forecast: l.demo(.forecast),
            band80: l.demo(.interval80), band95: l.demo(.interval95),
            backtest: l.demo(.backtestLegend),
            monthNames: Self.monthNames(l),
            notes: backtestNote.map { [l.demo(.backtestNote($0))] } ?? [],
            decimalSeparator: l == .dutch ? "," : ".", groupingSeparator: l == .dutch ? "." : ",")
        var fanChart = FanChart(labels: labels)
        fanChart.width = 640
        fanChart.height = 400
        let chart = fanChart.renderInline(
            history: series.values, start: series.start, forecast: forecast, backtest: report.backtest)
        let interval80 = forecast.intervals.first { $0.level == 80 }
        let interval95 = forecast.intervals.first { $0.level == 95 }
        let months = report.forecastMonths
        let rows = forecast.mean.indices.map { index -> HTML in
            let month = months.map { "\(Self.monthNames(l)[$0[index].month - 1]) \($0[index].year)" } ?? "+\(index + 1)"
            func range(_ interval: PredictionInterval?) -> String {
                guard let interval else { return "–" }
                return LocalFormat.number(interval.lower[index], decimals: 0, in: l) + " – "
                    + LocalFormat.number(interval.upper[index], decimals: 0, in: l)
            }
            return
                "<tr><th scope=\"row\">\(month)</th><td>\(forecast.mean[index], decimals: 0)</td><td>\(range(interval80))</td><td>\(range(interval95))</td></tr>"
        }
        return """
            <p>\(l.demo(.method)): <strong>\(forecast.method)</strong>\(HTML(raw: backtestNote == nil ? "" : " · ")) \(backtestNote.map { l.demo(.backtestInline($0)) } ?? "")</p>
            <figure class="chart">\(HTML(raw: chart))</figure>
            <div class="scroll"><table class="data">
            <caption>\(l.demo(.forecastTableCaption))</caption>
            <thead><tr><th scope="col">\(l.demo(.month))</th><th scope="col">\(l.demo(.forecast))</th><th scope="col">\(l.demo(.interval80))</th><th scope="col">\(l.demo(.interval95))</th></tr></thead>
            <tbody>\(rows)</tbody>
            </table></div>
            <p><a href="/demos">\(l.demo(.backToDemos))</a></p>
            """
    }
}
