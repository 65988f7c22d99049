import Forecasting
import Foundation
import Testing

@Suite("Calibrated and derived intervals")
struct CalibratedIntervalTests {
    /// A monthly series with trend, season and noise whose size changes half-way, so a model's
    /// in-sample variance understates the errors it makes later.
    static func series(seed: UInt64, n: Int = 96) -> [Double] {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func noise() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        return (0..<n).map { t in
            let scale = t < n / 2 ? 4.0 : 16.0
            return 200 + 1.5 * Double(t) + 20 * sin(2 * Double.pi * Double(t) / 12) + scale * noise()
        }
    }

    @Test("The combination's bounds are not the mean of its members' bounds")
    func combinationIsDerived() throws {
        for seed in UInt64(1)...3 {
            let y = Self.series(seed: seed)
            let forecaster = Forecaster(seasonLength: 12, levels: [80, 95])
            let combo = try forecaster.forecast(y, horizon: 18, method: .combo)
            let ets = try forecaster.forecast(y, horizon: 18, method: .ets)
            let theta = try forecaster.forecast(y, horizon: 18, method: .theta)
            let model = Forecaster(seasonLength: 12, levels: [80, 95], intervalCalibration: .model)
            let plainE = try model.forecast(y, horizon: 18, method: .ets)
            let plainT = try model.forecast(y, horizon: 18, method: .theta)
            for level in [80.0, 95] {
                let c = try #require(combo.interval(level: level))
                for (e, t) in [(ets, theta), (plainE, plainT)] {
                    let ie = try #require(e.interval(level: level))
                    let it = try #require(t.interval(level: level))
                    let meanOfBounds = (0..<18).map { (ie.upper[$0] + it.upper[$0]) / 2 }
                    let largest = (0..<18).map { abs(c.upper[$0] - meanOfBounds[$0]) }.max() ?? 0
                    #expect(largest > 1e-6 * abs(c.upper[17]), "seed \(seed) level \(level)")
                }
                for k in 0..<18 { #expect(c.lower[k] < combo.mean[k] && combo.mean[k] < c.upper[k]) }
            }
            // the point forecast stays the equal-weight mean
            for k in 0..<18 { #expect(abs(combo.mean[k] - (plainE.mean[k] + plainT.mean[k]) / 2) < 1e-9) }
        }
    }

    @Test("Rolling-origin calibration keeps the point forecast and never narrows the model's intervals")
    func calibrationWidens() throws {
        for method in [ForecastMethod.ets, .theta] {
            let y = Self.series(seed: 7)
            let calibrated = try Forecaster(seasonLength: 12).forecast(y, horizon: 18, method: method)
            let plain = try Forecaster(seasonLength: 12, intervalCalibration: .model).forecast(
                y, horizon: 18, method: method)
            #expect(calibrated.mean == plain.mean)
            var wider = false
            for level in [80.0, 95] {
                let a = try #require(calibrated.interval(level: level))
                let b = try #require(plain.interval(level: level))
                for k in 0..<18 {
                    #expect(a.upper[k] - a.lower[k] >= b.upper[k] - b.lower[k] - 1e-9)
                    if a.upper[k] - a.lower[k] > 1.01 * (b.upper[k] - b.lower[k]) { wider = true }
                }
            }
            // the noise quadruples in the second half: the earlier origins' errors exceed the model's intervals
            #expect(wider, "\(method)")
        }
    }

    @Test("Standardised errors divide by the half-width on the side the actual fell, over z")
    func standardisedErrorsByHand() {
        let z = 1.959963984540054
        let f = Forecast(
            method: "test", mean: [10, 10, 10],
            intervals: [
                PredictionInterval(level: 95, lower: [10 - z, 10 - 2 * z, 10], upper: [10 + 2 * z, 10 + z, 10])
            ])
        let u = RollingOriginCalibration.standardizedErrors(f, actual: [11, 8, 12][...], level: 95)
        // step 1: +1 over σ 2 → 0.5; step 2: −2 over σ 2 → −1; step 3: zero width → left out
        #expect(u.count == 3)
        #expect(abs(u[0]! - 0.5) < 1e-9 && abs(u[1]! + 1) < 1e-9 && u[2] == nil)
        let calibration = RollingOriginCalibration(folds: 3)
        // √mean(u²) of [2, 2, 2, 2, 2, 2] is 2; of six zeros it is floored at 1
        #expect(calibration.scale([2, -2, 2, -2, 2, 2]) == 2)
        #expect(calibration.scale([0, 0, 0, 0, 0, 0]) == 1)
        #expect(calibration.scale([3, 3]) == nil)
        // combined σ of members with σ 2 and 4, unit variances and correlation 0: ½√(4 + 16)
        let s = RollingOriginCalibration.combinedSigma(
            first: 2, second: 4, firstMoment: 1, secondMoment: 1, crossMoment: 0)
        #expect(abs(s - 0.5 * 20.0.squareRoot()) < 1e-12)
        // perfectly correlated: the mean of the two σ
        let p = RollingOriginCalibration.combinedSigma(
            first: 2, second: 4, firstMoment: 1, secondMoment: 1, crossMoment: 1)
        #expect(abs(p - 3) < 1e-12)
    }
}
