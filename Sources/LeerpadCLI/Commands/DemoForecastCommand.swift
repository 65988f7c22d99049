import ArgumentParser
import Forecasting
import Foundation
import LeerpadApp

/// `demo forecast`: forecasts a monthly series (scenario or CSV) with intervals, a backtest and an SVG fan chart.
struct DemoForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Vraagvoorspelling: forecast a monthly series with 80/95 % intervals and a backtest.")

    @Argument(help: "Scenario folder containing a date,value CSV (the first .csv file is used).")
    var scenario: String?

    @Option(help: "CSV file with date,value (or date;value with decimal commas).")
    var csv: String?

    @Option(help: "Months to forecast.")
    var horizon: Int = 12

    @Option(help: "auto, ets, theta, combo or naive2.")
    var method: String = "auto"

    @Option(help: "Write an SVG fan chart to this file.")
    var svg: String?

    @Option(help: "text or json.")
    var format: String = "text"

    @Option(help: "nl (default) or en.")
    var lang: String = "nl"

    func validate() throws {
        guard (scenario == nil) != (csv == nil) else {
            throw ValidationError("Give either SCENARIO_DIR or --csv FILE.")
        }
        guard (1...120).contains(horizon) else { throw ValidationError("--horizon must be between 1 and 120.") }
        guard ["auto", "ets", "theta", "combo", "naive2"].contains(method) else {
            throw ValidationError("--method must be auto, ets, theta, combo or naive2.")
        }
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json.") }
        guard ForecastMessages.Language(rawValue: lang) != nil else {
            throw ValidationError("--lang must be nl or en.")
        }
    }

    func run() throws {
        let messages = ForecastMessages(language: ForecastMessages.Language(rawValue: lang) ?? .nl)
        var source: String?
        do {
            let path = try inputPath()
            source = path
            let series = try MonthlySeriesReader.read(path: path)
            let report = try ForecastReport.make(
                series: series, horizon: horizon, method: ForecastMethod(rawValue: method) ?? .auto)
            let output =
                format == "json"
                ? try ForecastReportFormatter.json(report)
                : ForecastReportFormatter.text(report, source: path, messages: messages)
            print(output, terminator: "")
            if let svg {
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                let title = DemoText.demandForecastTitle(series: name).text(messages.catalogueLanguage)
                let notes = report.backtest.map { [messages.backtestLine($0)] } ?? []
                let chart = FanChart(labels: messages.chartLabels(title: title, notes: notes))
                let document = chart.render(
                    history: series.values, start: series.start, forecast: report.forecast, backtest: report.backtest)
                try document.write(toFile: svg, atomically: true, encoding: .utf8)
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            let location = error is SeriesReadError ? source.map { "\($0): " } ?? "" : ""
            let message = DemoText.failure(reason: DemoInputText.describe(error, in: messages.catalogueLanguage))
                .text(messages.catalogueLanguage)
            FileHandle.standardError.write(Data((location + message + "\n").utf8))
            throw ExitCode.failure
        }
    }

    private func inputPath() throws -> String {
        if let csv { return csv }
        let dir = scenario ?? "."
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        guard let first = files.filter({ $0.lowercased().hasSuffix(".csv") }).sorted().first else {
            throw SeriesReadError.noCSVFile(folder: dir)
        }
        return (dir as NSString).appendingPathComponent(first)
    }
}
