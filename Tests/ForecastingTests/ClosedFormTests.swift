import Foundation
import Testing

@testable import Forecasting

@Suite("Closed-form cases")
struct ClosedFormTests {
    @Test("A constant series is forecast exactly by every method", arguments: ForecastMethod.allCases)
    func constantSeries(method: ForecastMethod) throws {
        let y = [Double](repeating: 42, count: 40)
        let f = try Forecaster(seasonLength: 12).forecast(y, horizon: 8, method: method)
        for v in f.mean { #expect(abs(v - 42) < 1e-9) }
        for band in f.intervals {
            for k in 0..<8 { #expect(band.lower[k] <= f.mean[k] + 1e-9 && band.upper[k] >= f.mean[k] - 1e-9) }
        }
    }

    @Test("A pure multiplicative seasonal series is reproduced by Naive2 and seasonal naive")
    func pureSeasonal() throws {
        let pattern: [Double] = [80, 90, 110, 120, 100, 95, 70, 65, 105, 115, 130, 120]
        let y = (0..<48).map { pattern[$0 % 12] }
        let n2 = try Naive2.forecast(y, seasonLength: 12, horizon: 24)
        let sn = try SeasonalNaive.forecast(y, seasonLength: 12, horizon: 24)
        for k in 0..<24 {
            #expect(abs(n2.mean[k] - pattern[k % 12]) < 1e-9)
            #expect(sn.mean[k] == pattern[k % 12])
        }
    }

    @Test("Simple exponential smoothing matches a hand calculation")
    func sesByHand() {
        // α = 0.5, ℓ0 = 10: levels 10, 11, 11, 13; errors 0, 2, 0, 4
        let y: [Double] = [10, 12, 11, 15]
        let spec = ETSSpecification(error: .additive, trend: .none, season: .none)
        let model = ETSModel.make(
            y, spec: spec, parameters: ETSParameters(alpha: 0.5), initial: ETSState(level: 10),
            seasonLength: 1, parameterCount: 3)
        #expect(model.residuals == [0, 2, 0, 4])
        #expect(model.fitted == [10, 10, 11, 11])
        #expect(model.finalState.level == 13)
        #expect(model.pointForecast(horizon: 3) == [13, 13, 13])
        #expect(abs(model.likelihood - 4 * log(20.0)) < 1e-12)
    }

    @Test("Holt's damped trend forecast sums the damping powers")
    func dampedForecast() {
        let spec = ETSSpecification(error: .additive, trend: .additive, damped: true, season: .none)
        let f = ETSRecursion.pointForecast(
            from: ETSState(level: 0, trend: 1), spec: spec,
            parameters: ETSParameters(alpha: 0.5, beta: 0.1, phi: 0.9), seasonLength: 1, horizon: 3)
        #expect(abs(f[0] - 0.9) < 1e-12)
        #expect(abs(f[1] - (0.9 + 0.81)) < 1e-12)
        #expect(abs(f[2] - (0.9 + 0.81 + 0.729)) < 1e-12)
    }

    @Test("Standard Theta on a straight line extrapolates half the slope (θ = 2)")
    func thetaOnLine() throws {
        let y = (1...30).map { 5 + 2 * Double($0) }
        let f = try AutoTheta(seasonLength: 1, variants: [.standard]).forecast(y, horizon: 5)
        for k in 1..<5 { #expect(abs(f.mean[k] - f.mean[k - 1] - 1) < 1e-9) }
        #expect(abs(f.mean[0] - 67) < 1.5)
    }
}
