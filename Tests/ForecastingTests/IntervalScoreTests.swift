import Forecasting
import Foundation
import Testing

@Suite("Interval scores (coverage and MSIS, M4 definitions)")
struct IntervalScoreTests {
    @Test("Coverage counts the actual values inside the bounds, bounds included")
    func coverage() {
        let actual: [Double] = [10, 20, 30, 40]
        // inside, on the lower bound, below, above
        let lower: [Double] = [5, 20, 31, 30]
        let upper: [Double] = [15, 25, 35, 39]
        #expect(AccuracyMetrics.coverage(actual: actual, lower: lower, upper: upper) == 0.5)
    }

    @Test("The interval score adds the width and 2/α times the distance outside")
    func intervalScoreByHand() {
        // level 80 → α = 0.2, penalty 2/α = 10
        // step 1: inside, width 10 → 10
        // step 2: actual 8 below lower 10, width 10 → 10 + 10·2 = 30
        // step 3: actual 26 above upper 25, width 5 → 5 + 10·1 = 15
        let score = AccuracyMetrics.intervalScore(
            actual: [10, 8, 26], lower: [5, 10, 20], upper: [15, 20, 25], level: 80)
        #expect(abs(score - (10 + 30 + 15) / 3.0) < 1e-12)
    }

    @Test("MSIS divides by the in-sample seasonal naive error, as MASE does")
    func msisByHand() throws {
        // in-sample lag-2 differences |3−1|, |4−2| → scale 2
        // level 95 → α = 0.05, penalty 40; step 1 inside width 4 → 4; step 2 actual 7 above 6 by 1, width 2 → 42
        let msis = try AccuracyMetrics.msis(
            actual: [5, 7], lower: [3, 4], upper: [7, 6], level: 95, insample: [1, 2, 3, 4], seasonLength: 2)
        #expect(abs(msis - (4 + 42) / 2.0 / 2.0) < 1e-12)
        #expect(throws: ForecastingError.self) {
            _ = try AccuracyMetrics.msis(
                actual: [1], lower: [0], upper: [2], level: 95, insample: [3, 3, 3], seasonLength: 1)
        }
    }

    @Test("The benchmark scores each requested level over all series")
    func benchmarkScores() throws {
        // Two series, each constant in-sample at a different value with lag-1 scale 1 (alternating),
        // so the naive forecast, its intervals and the outcome can be worked out.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-iv-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try "sn,kind,n,h,x,xx\nA,yearly,6,2,10 11 10 11 10 11,11 100\nB,yearly,6,2,20 21 20 21 20 21,21 22\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let series = try CompetitionSeriesReader.read(path: file.path)
        let bench = CompetitionBenchmark(series: series)
        let naive2 = try bench.run(.naive2)
        let run = try bench.run(.naive, levels: [80, 95])
        #expect(run.levels == [80, 95])
        #expect(run.intervals.count == 2 && run.intervals.allSatisfy { $0.map(\.level) == [80, 95] })
        let score = bench.score(run, naive2: naive2)
        #expect(score.intervals.map(\.level) == [80, 95])
        // recompute from the returned bounds with the public metrics
        for (i, level) in [80.0, 95].enumerated() {
            var inside = 0.0
            var msis: [Double] = []
            for (item, bands) in zip(series, run.intervals) {
                let band = bands[i]
                inside += AccuracyMetrics.coverage(actual: item.test, lower: band.lower, upper: band.upper) * 2
                msis.append(
                    try AccuracyMetrics.msis(
                        actual: item.test, lower: band.lower, upper: band.upper, level: level, insample: item.train,
                        seasonLength: 1))
            }
            #expect(abs(score.intervals[i].coverage - inside / 4) < 1e-12)
            #expect(abs(score.intervals[i].msis - (msis[0] + msis[1]) / 2) < 1e-12)
        }
        // naive forecasts 11 and 21 with σ = 1: only series A's second actual (100) falls outside, at both levels
        #expect(score.intervals.map(\.coverage) == [0.75, 0.75])
        #expect(bench.score(try bench.run(.naive), naive2: naive2).intervals.isEmpty)
    }
}
