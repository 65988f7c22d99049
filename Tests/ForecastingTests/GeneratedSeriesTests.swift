import Foundation
import Testing

@testable import Forecasting

/// Yearly and quarterly series with known structure (no M3 data): the methods must recover it.
@Suite("Generated yearly and quarterly series")
struct GeneratedSeriesTests {
    static func yearly(seed: UInt64) -> (train: [Double], test: [Double]) {
        var rng = SeededGenerator(seed: seed)
        let all = (0..<36).map { 200 + 12 * Double($0) + 6 * rng.nextGaussian() }
        return (Array(all.prefix(30)), Array(all.suffix(6)))
    }

    static func quarterly(seed: UInt64) -> (train: [Double], test: [Double]) {
        var rng = SeededGenerator(seed: seed)
        let factors = [1.25, 0.85, 0.7, 1.2]
        let all = (0..<48).map { t in (500 + 4 * Double(t)) * factors[t % 4] * (1 + 0.02 * rng.nextGaussian()) }
        return (Array(all.prefix(40)), Array(all.suffix(8)))
    }

    @Test("Yearly trending series: ETS picks a trend, all methods beat Naive2", arguments: UInt64(1)...5)
    func yearlyTrend(seed: UInt64) throws {
        let (train, test) = Self.yearly(seed: seed)
        let selection = try AutoETS(seasonLength: 1).select(train)
        #expect(selection.model.specification.trend != .none)
        #expect(selection.model.specification.season == .none)
        let forecaster = Forecaster(seasonLength: 1)
        let naive = AccuracyMetrics.sMAPE(
            actual: test, forecast: try forecaster.forecast(train, horizon: 6, method: .naive2).mean)
        for method in [ForecastMethod.ets, .theta, .combo] {
            let s = AccuracyMetrics.sMAPE(
                actual: test, forecast: try forecaster.forecast(train, horizon: 6, method: method).mean)
            #expect(s < naive, "\(method) seed \(seed)")
            #expect(s < 5)
        }
    }

    @Test("Quarterly seasonal series: seasonality is detected and forecasts are accurate", arguments: UInt64(1)...5)
    func quarterlySeason(seed: UInt64) throws {
        let (train, test) = Self.quarterly(seed: seed)
        #expect(SeasonalityTest.run(train, seasonLength: 4).isSeasonal)
        let selection = try AutoETS(seasonLength: 4).select(train)
        #expect(selection.model.specification.season != .none)
        for method in [ForecastMethod.ets, .theta, .combo, .naive2] {
            let f = try Forecaster(seasonLength: 4).forecast(train, horizon: 8, method: method)
            let s = AccuracyMetrics.sMAPE(actual: test, forecast: f.mean)
            #expect(s < (method == .naive2 ? 12 : 6), "\(method) seed \(seed): sMAPE \(s)")
        }
    }

    @Test("White noise is not called seasonal", arguments: UInt64(1)...5)
    func noiseNotSeasonal(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let y = (0..<96).map { _ in 100 + rng.nextGaussian() }
        #expect(!SeasonalityTest.run(y, seasonLength: 12).isSeasonal)
    }
}
