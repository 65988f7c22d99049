import Foundation
import Testing

@testable import Forecasting

@Suite("Prediction intervals")
struct IntervalTests {
    static func seasonalSeries(seed: UInt64, n: Int = 72, m: Int = 12) -> [Double] {
        var rng = SeededGenerator(seed: seed)
        var out: [Double] = []
        for t in 0..<n {
            let level = 100 + 0.8 * Double(t)
            let season = 1 + 0.2 * sin(2 * Double.pi * Double(t) / Double(m))
            out.append(level * season * (1 + 0.05 * rng.nextGaussian()))
        }
        return out
    }

    @Test(
        "ETS forms: intervals contain the point forecast and widen with the horizon",
        arguments: ["ANN", "AAN", "AAdN", "ANA", "AAA", "MNN", "MAN", "MAdN", "MNA", "MAA", "MNM", "MAM", "MAdM"])
    func etsIntervals(name: String) throws {
        for seed in UInt64(1)...4 {
            let y = Self.seasonalSeries(seed: seed)
            let spec = try #require(ETSSpecification(name))
            let model = try ETSModel.fit(y, specification: spec, seasonLength: 12)
            let f = model.forecast(horizon: 24, levels: [80, 95], seed: seed)
            let i80 = try #require(f.interval(level: 80))
            let i95 = try #require(f.interval(level: 95))
            for k in 0..<24 {
                #expect(i95.lower[k] <= i80.lower[k] + 1e-9 && i80.lower[k] <= f.mean[k] + 1e-9)
                #expect(f.mean[k] <= i80.upper[k] + 1e-9 && i80.upper[k] <= i95.upper[k] + 1e-9)
            }
            if spec.error == .multiplicative {
                // relative width does not shrink from the first forecast year to the second
                // (simulated classes carry Monte Carlo noise, so compare yearly averages)
                let rel = (0..<24).map { (i95.upper[$0] - i95.lower[$0]) / abs(f.mean[$0]) }
                let first = rel[0..<12].reduce(0, +) / 12
                let second = rel[12..<24].reduce(0, +) / 12
                #expect(second > first - 0.005, "\(name) seed \(seed)")
            } else {
                for k in 1..<24 { #expect(i95.upper[k] - i95.lower[k] >= i95.upper[k - 1] - i95.lower[k - 1] - 1e-9) }
            }
        }
    }

    @Test("Additive-error intervals match the closed form for SES: σ²(1 + (h−1)α²)")
    func sesClosedForm() throws {
        let y = Self.seasonalSeries(seed: 9, n: 60, m: 5)
        let model = try ETSModel.fit(y, specification: ETSSpecification("ANN")!, seasonLength: 1)
        let f = model.forecast(horizon: 6, levels: [95])
        let z = NormalDistribution.twoSidedMultiplier(level: 95)
        for h in 1...6 {
            let sd = (model.sigma2 * (1 + Double(h - 1) * model.parameters.alpha * model.parameters.alpha)).squareRoot()
            #expect(abs(f.intervals[0].upper[h - 1] - (f.mean[h - 1] + z * sd)) < 1e-9)
        }
    }

    @Test("Theta and combination intervals contain the forecast", arguments: [ForecastMethod.theta, .combo])
    func otherMethods(method: ForecastMethod) throws {
        for seed in UInt64(1)...3 {
            let f = try Forecaster(seasonLength: 12, seed: seed).forecast(
                Self.seasonalSeries(seed: seed), horizon: 18, method: method)
            for band in f.intervals {
                for k in 0..<18 { #expect(band.lower[k] <= f.mean[k] && f.mean[k] <= band.upper[k]) }
                #expect(band.upper[17] - band.lower[17] > band.upper[0] - band.lower[0])
            }
        }
    }

    @Test("The normal quantile is accurate")
    func quantile() {
        #expect(abs(NormalDistribution.twoSidedMultiplier(level: 95) - 1.959963984540054) < 1e-9)
        #expect(abs(NormalDistribution.twoSidedMultiplier(level: 80) - 1.2815515655446004) < 1e-9)
    }
}
