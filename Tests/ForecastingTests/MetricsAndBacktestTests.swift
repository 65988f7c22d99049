import Foundation
import Testing

@testable import Forecasting

@Suite("Metrics and backtest")
struct MetricsAndBacktestTests {
    @Test("sMAPE, MAPE and MASE follow the M4 definitions")
    func metrics() throws {
        let actual: [Double] = [100, 200]
        let forecast: [Double] = [110, 180]
        #expect(
            abs(AccuracyMetrics.sMAPE(actual: actual, forecast: forecast) - 100 * (10.0 / 210 + 20.0 / 380)) < 1e-12)
        let mape = try AccuracyMetrics.mape(actual: actual, forecast: forecast)
        #expect(abs(mape - 50 * (0.1 + 0.1)) < 1e-12)
        // in-sample lag-2 differences: |3−1|, |4−2| → scale 2; MAE 15 → MASE 7.5
        let mase = try AccuracyMetrics.mase(
            actual: actual, forecast: forecast, insample: [1, 2, 3, 4], seasonLength: 2)
        #expect(abs(mase - 7.5) < 1e-12)
        #expect(abs(AccuracyMetrics.owa(sMAPE: 10, mase: 1, naive2SMAPE: 20, naive2MASE: 2) - 0.5) < 1e-12)
    }

    @Test("Undefined metrics throw instead of returning infinity")
    func undefined() {
        #expect(throws: ForecastingError.self) { _ = try AccuracyMetrics.mape(actual: [0, 1], forecast: [1, 1]) }
        #expect(throws: ForecastingError.self) {
            _ = try AccuracyMetrics.mase(actual: [1], forecast: [1], insample: [2, 2, 2], seasonLength: 1)
        }
    }

    @Test("Rolling origins are non-overlapping windows ending at the last observation")
    func origins() throws {
        let y = (0..<60).map { 10 + Double($0 % 12) }
        let r = try RollingOriginBacktest(horizon: 6, folds: 3).run(
            y, seasonLength: 12, method: .seasonalNaive, forecaster: Forecaster(seasonLength: 12))
        #expect(r.folds.map(\.origin) == [42, 48, 54])
        #expect(r.summary.sMAPE == 0)
        // the in-sample seasonal differences are all zero, so MASE is undefined rather than infinite
        #expect(r.folds.allSatisfy { $0.mase == nil })
        #expect(r.summary.mase == nil)
    }

    @Test("Automatic choice explains itself with every contender's score")
    func automatic() throws {
        let y = IntervalTests.seasonalSeries(seed: 5, n: 84)
        let report = try ForecastReport.make(
            series: TimeSeries(values: y, seasonLength: 12), horizon: 12, method: .auto)
        #expect(report.contenders.map(\.method) == [.ets, .theta, .combo])
        let best = report.contenders.min { $0.result.summary.sMAPE < $1.result.summary.sMAPE }!
        #expect(report.usedMethod == best.method)
        #expect(report.backtest == best.result)
    }
}
