import Foundation

/// The ETS state-space recursion of `forecast::ets` (`etscalc`): one-step forecasts, errors,
/// state updates, and the likelihood criterion −2 log L up to a constant.
public enum ETSRecursion {
    /// Result of filtering a series through a model.
    public struct Output: Sendable {
        /// n·log(Σe²) (+ 2·Σ log|ŷ| for multiplicative errors); NaN when the recursion breaks down.
        public var likelihood: Double
        /// The final state after the last observation.
        public var finalState: ETSState
        /// One-step errors (additive: y − ŷ; multiplicative: (y − ŷ)/ŷ), when requested.
        public var residuals: [Double]
        /// One-step fitted values ŷ, when requested.
        public var fitted: [Double]
    }

    static let tolerance = 1e-10
    static let huge = 1e10

    /// Filters `y` through the model from `initial` (seasonal states most recent first, m of them).
    /// - Complexity: O(n).
    public static func filter(
        _ y: [Double], spec: ETSSpecification, parameters p: ETSParameters, initial: ETSState,
        seasonLength m: Int, keepResiduals: Bool = false
    ) -> Output {
        let hasTrend = spec.trend != .none
        let seasonType = spec.season
        let seasonal = seasonType != .none
        let period = seasonal ? m : 1
        let phi = spec.damped ? p.phi : 1
        let alpha = p.alpha
        let betaRatio = hasTrend ? p.beta / p.alpha : 0
        let gamma = seasonal ? p.gamma : 0
        let additiveTrend = spec.trend == .additive
        let multError = spec.error == .multiplicative
        // circular buffer: buf[pos] is the oldest state (used next)
        var buf = [Double](repeating: seasonType == .multiplicative ? 1 : 0, count: period)
        if seasonal {
            for k in 0..<period { buf[k] = initial.seasonal[period - 1 - k] }
        }
        var level = initial.level
        var trend = hasTrend ? initial.trend : 0
        var sse = 0.0
        var sumLog = 0.0
        var residuals: [Double] = []
        var fitted: [Double] = []
        if keepResiduals {
            residuals.reserveCapacity(y.count)
            fitted.reserveCapacity(y.count)
        }
        var pos = 0
        var broken = false
        y.withUnsafeBufferPointer { yy in
            buf.withUnsafeMutableBufferPointer { s in
                for i in 0..<yy.count {
                    let obs = yy[i]
                    let oldS = s[pos]
                    // one-step forecast and level base q
                    var phib = 0.0
                    var q = level
                    if hasTrend {
                        if additiveTrend {
                            phib = phi * trend
                            q = level + phib
                        } else {
                            phib = phi == 1 ? trend : pow(trend, phi)
                            q = level * phib
                        }
                    }
                    let f: Double
                    switch seasonType {
                    case .none: f = q
                    case .additive: f = q + oldS
                    case .multiplicative: f = q * oldS
                    }
                    let e: Double
                    if multError {
                        if abs(f) < tolerance {
                            broken = true
                            return
                        }
                        e = (obs - f) / f
                        sumLog += log(abs(f))
                    } else {
                        e = obs - f
                    }
                    sse += e * e
                    if keepResiduals {
                        residuals.append(e)
                        fitted.append(f)
                    }
                    // level
                    let pp: Double
                    switch seasonType {
                    case .none: pp = obs
                    case .additive: pp = obs - oldS
                    case .multiplicative: pp = abs(oldS) < tolerance ? huge : obs / oldS
                    }
                    let newLevel = q + alpha * (pp - q)
                    if hasTrend {
                        let r: Double
                        if additiveTrend {
                            r = newLevel - level
                        } else {
                            r = abs(level) < tolerance ? huge : newLevel / level
                        }
                        trend = phib + betaRatio * (r - phib)
                    }
                    level = newLevel
                    if seasonal {
                        let t: Double
                        if seasonType == .additive {
                            t = obs - q
                        } else {
                            t = abs(q) < tolerance ? huge : obs / q
                        }
                        s[pos] = oldS + gamma * (t - oldS)
                        pos += 1
                        if pos == period { pos = 0 }
                    }
                }
            }
        }
        var final = ETSState(level: level, trend: trend, seasonal: [])
        if seasonal {
            // back to most-recent-first order
            final.seasonal = (0..<period).map { buf[(pos + period - 1 - $0) % period] }
        }
        if broken || !sse.isFinite {
            return Output(likelihood: .nan, finalState: final, residuals: residuals, fitted: fitted)
        }
        var lik = Double(y.count) * log(sse)
        if multError { lik += 2 * sumLog }
        return Output(likelihood: lik, finalState: final, residuals: residuals, fitted: fitted)
    }

    /// Point forecasts for steps 1...h from a state (`etsforecast`).
    /// - Complexity: O(h).
    public static func pointForecast(
        from x: ETSState, spec: ETSSpecification, parameters p: ETSParameters,
        seasonLength m: Int, horizon h: Int
    ) -> [Double] {
        let phi = spec.damped ? p.phi : 1
        var phistar = phi
        var out = [Double](repeating: 0, count: h)
        for i in 0..<h {
            var f: Double
            switch spec.trend {
            case .none: f = x.level
            case .additive: f = x.level + phistar * x.trend
            case .multiplicative: f = x.level * pow(x.trend, phistar)
            }
            if spec.season != .none {
                var j = m - 1 - i
                while j < 0 { j += m }
                f = spec.season == .additive ? f + x.seasonal[j] : f * x.seasonal[j]
            }
            out[i] = f
            if i < h - 1 {
                phistar += abs(phi - 1) < tolerance ? 1 : pow(phi, Double(i + 2))
            }
        }
        return out
    }
}
