import Foundation
import Testing

@testable import Forecasting

@Suite("No NaN or infinity on awkward series")
struct RobustnessTests {
    static let series: [(String, [Double])] = {
        var out: [(String, [Double])] = []
        out.append(("one value", [5]))
        out.append(("two values", [5, 7]))
        out.append(("three values", [5, 7, 6]))
        out.append(("five values", [5, 7, 6, 8, 9]))
        out.append(("constant", [Double](repeating: 3, count: 30)))
        out.append(("all zero", [Double](repeating: 0, count: 30)))
        out.append(("zero-heavy", (0..<40).map { (t: Int) -> Double in t % 7 == 0 ? 4 : 0 }))
        out.append(("negative", (0..<40).map { (t: Int) -> Double in -50.0 + 10.0 * sin(Double(t)) - Double(t) }))
        out.append(("sign change", (0..<40).map { (t: Int) -> Double in Double(t) - 20.0 }))
        out.append(("huge", (0..<40).map { (t: Int) -> Double in 1e12 * (1.0 + 0.1 * sin(Double(t))) }))
        out.append(("at the limit", (0..<40).map { (t: Int) -> Double in 1e15 * (0.9 + 0.1 * sin(Double(t))) }))
        out.append(("tiny", (0..<40).map { (t: Int) -> Double in 1e-9 * (1.0 + 0.1 * sin(Double(t))) }))
        return out
    }()

    static let methods: [ForecastMethod] = [.ets, .theta, .combo, .naive2, .naive, .seasonalNaive]

    @Test("Every method returns finite forecasts and intervals", arguments: series.map(\.0))
    func finite(name: String) throws {
        let y = Self.series.first { $0.0 == name }!.1
        for method in Self.methods {
            let f = try Forecaster(seasonLength: 12).forecast(y, horizon: 18, method: method)
            #expect(f.mean.count == 18)
            let finiteMean = f.mean.allSatisfy { $0.isFinite }
            #expect(finiteMean, "\(method) mean on \(name)")
            for band in f.intervals {
                #expect(
                    band.lower.allSatisfy(\.isFinite) && band.upper.allSatisfy(\.isFinite), "\(method) band on \(name)")
            }
        }
    }

    @Test("A multiplicative model on non-positive data is refused with a clear error")
    func multiplicativeNeedsPositive() {
        let y = (0..<30).map { Double($0) - 10 }
        #expect(throws: ForecastingError.nonPositiveData(model: "ETS(M,N,N)", index: 0, value: -10)) {
            _ = try ETSModel.fit(y, specification: ETSSpecification("MNN")!, seasonLength: 1)
        }
    }

    @Test("NaN input is reported with its position")
    func nanInput() {
        #expect(throws: ForecastingError.nonFiniteValue(index: 2)) {
            _ = try Forecaster(seasonLength: 1).forecast([1, 2, .nan, 4], horizon: 2, method: .ets)
        }
    }

    @Test("Values beyond the magnitude limit are refused before any arithmetic, whatever the method")
    func magnitude() {
        for method in ForecastMethod.allCases {
            #expect(
                throws: ForecastingError.valueOutOfRange(index: 3, value: -1e300, limit: Forecaster.maximumMagnitude)
            ) {
                _ = try Forecaster(seasonLength: 12).forecast([1, 2, 3, -1e300, 5], horizon: 2, method: method)
            }
        }
    }

    @Test("A demo forecast refuses a series shorter than two seasons, naming the minimum", arguments: [1, 3, 23])
    func demoMinimumLength(count: Int) {
        let series = TimeSeries(values: (0..<count).map { Double($0 % 5 + 1) }, seasonLength: 12)
        #expect(ForecastReport.minimumLength(seasonLength: 12) == 24)
        #expect(throws: ForecastingError.seriesTooShort(method: "auto", needed: 24, got: count)) {
            _ = try ForecastReport.make(series: series, horizon: 6, method: .auto)
        }
    }

    @Test("A combination whose members fell back to the same method is labelled with that method")
    func combinationLabel() throws {
        let f = try Forecaster(seasonLength: 12).forecast([5, 6], horizon: 3, method: .combo)
        #expect(f.method == "Naive")
        let long = IntervalTests.seasonalSeries(seed: 2, n: 60)
        let combo = try Forecaster(seasonLength: 12).forecast(long, horizon: 3, method: .combo)
        #expect(combo.method.hasPrefix("Combo(ETS(") && combo.method.contains("Theta("), "\(combo.method)")
    }

    @Test("A short series gets a simpler model and says why")
    func shortFallback() throws {
        let f = try AutoETS(seasonLength: 12).forecast([5, 6], horizon: 3)
        #expect(f.method == "Naive")
        #expect(f.notes.contains { $0.contains("ETS not applicable") })
    }
}
