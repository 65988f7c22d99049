import Foundation

/// Starting values for ETS estimation, following `forecast::ets` / statsforecast (`initparam`, `initstate`).
public enum ETSInitialization {
    /// Starting smoothing parameters inside the bounds.
    public static func parameters(spec: ETSSpecification, bounds: ETSBounds, seasonLength m: Int) -> ETSParameters {
        let period = Double(spec.season == .none ? 1 : m)
        var alpha = bounds.lower[0] + 0.2 * (bounds.upper[0] - bounds.lower[0]) / period
        if alpha > 1 || alpha < 0 { alpha = bounds.lower[0] + 2e-3 }
        var p = ETSParameters(alpha: alpha)
        if spec.trend != .none {
            let upper = min(bounds.upper[1], alpha)
            var beta = bounds.lower[1] + 0.1 * (upper - bounds.lower[1])
            if beta < 0 || beta > alpha { beta = alpha - 1e-3 }
            p.beta = beta
        }
        if spec.season != .none {
            let upper = min(bounds.upper[2], 1 - alpha)
            var gamma = bounds.lower[2] + 0.05 * (upper - bounds.lower[2])
            if gamma < 0 || gamma > 1 - alpha { gamma = 1 - alpha - 1e-3 }
            p.gamma = gamma
        }
        if spec.damped {
            var phi = bounds.lower[3] + 0.99 * (bounds.upper[3] - bounds.lower[3])
            if phi < 0 || phi > 1 { phi = bounds.upper[3] - 1e-3 }
            p.phi = phi
        }
        return p
    }

    /// Heuristic initial states: classical decomposition (or a Fourier fit below three seasons)
    /// for the seasonal states, and a regression on the first max(10, 2m) adjusted values for
    /// level and trend. Seasonal states are most recent first and number m−1 (the last is implied).
    /// - Throws: ``ForecastingError`` when a seasonal model gets fewer than 4 observations or a
    ///   multiplicative season meets non-positive data.
    public static func states(_ y: [Double], spec: ETSSpecification, seasonLength m: Int) throws -> ETSState {
        let n = y.count
        var adjusted = y
        var seasonalInit: [Double] = []
        var period = 1
        if spec.season != .none {
            period = m
            guard n >= 4 else { throw ForecastingError.seriesTooShort(method: spec.description, needed: 4, got: n) }
            let seasonalComponent: [Double]
            if n < 3 * m {
                seasonalComponent = try fourierSeasonal(
                    y, seasonLength: m, multiplicative: spec.season == .multiplicative)
            } else {
                if spec.season == .multiplicative, let i = y.firstIndex(where: { $0 <= 0 }) {
                    throw ForecastingError.nonPositiveData(model: spec.description, index: i, value: y[i])
                }
                seasonalComponent = ClassicalDecomposition.seasonalComponent(
                    y, seasonLength: m, kind: spec.season == .additive ? .additive : .multiplicative)
            }
            seasonalInit = Array(seasonalComponent[1..<m].reversed())
            if spec.season == .additive {
                adjusted = zip(y, seasonalComponent).map { $0 - $1 }
            } else {
                seasonalInit = seasonalInit.map { max($0, 1e-2) }
                let total = seasonalInit.reduce(0, +)
                if total > Double(m) {
                    let denom = seasonalInit.reduce(0) { $0 + $1 + 1e-2 }
                    seasonalInit = seasonalInit.map { $0 / denom }
                }
                adjusted = zip(y, seasonalComponent).map { $0 / max($1, 1e-2) }
            }
        }
        let maxn = min(max(10, 2 * period), n)
        let head = Array(adjusted.prefix(maxn))
        if spec.trend == .none {
            let l0 = head.reduce(0, +) / Double(max(1, head.count))
            return ETSState(level: l0, trend: 0, seasonal: seasonalInit)
        }
        let (l, b) = LeastSquares.linearTrend(head)
        var l0 = l
        var b0 = b
        if spec.trend == .additive {
            if abs(l0 + b0) < 1e-8 {
                l0 *= 1 + 1e-3
                b0 *= 1 - 1e-3
            }
        } else {
            l0 = l + b
            if abs(l0) < 1e-8 { l0 = 1e-7 }
            b0 = (l + 2 * b) / l0
            l0 /= abs(b0) < 1e-8 ? 1e-8 : b0
            if abs(b0) > 1e10 { b0 = b0 > 0 ? 1e10 : -1e10 }
            if l0 < 1e-8 || b0 < 1e-8 {
                l0 = max(adjusted[0], 1e-3)
                let div = abs(adjusted[0]) < 1e-8 ? 1e-8 : adjusted[0]
                b0 = max(adjusted[min(1, n - 1)] / div, 1e-3)
            }
        }
        return ETSState(level: l0, trend: b0, seasonal: seasonalInit)
    }

    /// Seasonal component from a regression on intercept, time and one Fourier pair.
    static func fourierSeasonal(_ y: [Double], seasonLength m: Int, multiplicative: Bool) throws -> [Double] {
        let n = y.count
        if multiplicative, let i = y.firstIndex(where: { $0 <= 0 }) {
            throw ForecastingError.nonPositiveData(model: "multiplicative season", index: i, value: y[i])
        }
        let t = (1...n).map(Double.init)
        var columns = [[Double]](repeating: [Double](repeating: 1, count: n), count: 1)
        columns.append(t)
        let w = 2 * Double.pi / Double(m)
        columns.append(t.map { cos(w * $0) })
        if m > 2 { columns.append(t.map { sin(w * $0) }) }
        let coef = LeastSquares.solve(columns: columns, y: y)
        return (0..<n).map { i in
            let base = coef[0] + coef[1] * t[i]
            return multiplicative ? y[i] / base : y[i] - base
        }
    }
}
