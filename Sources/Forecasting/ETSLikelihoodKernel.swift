import Foundation

/// The estimation objective for one ETS form: decodes an optimiser vector, checks the parameter
/// space and runs the recursion without allocating (buffers are owned and freed here).
final class ETSLikelihoodKernel {
    private let y: UnsafeMutablePointer<Double>
    private let n: Int
    private let spec: ETSSpecification
    private let period: Int
    private let bounds: ETSBounds
    private let seasons: UnsafeMutablePointer<Double>
    private let polyA: UnsafeMutablePointer<Double>
    private let polyB: UnsafeMutablePointer<Double>

    init(y: [Double], spec: ETSSpecification, period: Int, bounds: ETSBounds) {
        n = y.count
        self.y = .allocate(capacity: max(n, 1))
        self.y.initialize(from: y, count: n)
        self.spec = spec
        self.period = period
        self.bounds = bounds
        seasons = .allocate(capacity: max(period, 1))
        polyA = .allocate(capacity: period + 2)
        polyB = .allocate(capacity: period + 2)
    }

    deinit {
        y.deallocate()
        seasons.deallocate()
        polyA.deallocate()
        polyB.deallocate()
    }

    /// −2 log L (up to a constant) at `x`, or +infinity outside the parameter space.
    func evaluate(_ x: UnsafeBufferPointer<Double>) -> Double {
        let hasTrend = spec.trend != .none
        let seasonType = spec.season
        let seasonal = seasonType != .none
        let m = period
        let lower = bounds.lower
        let upper = bounds.upper
        let ordering = bounds.requireUsualOrdering
        var i = 0
        let alpha = x[0]
        i = 1
        var beta = 0.0
        var gamma = 0.0
        var phi = 1.0
        if hasTrend {
            beta = x[i]
            i += 1
        }
        if seasonal {
            gamma = x[i]
            i += 1
        }
        if spec.damped {
            phi = x[i]
            i += 1
        }
        if alpha < lower[0] || alpha > upper[0] { return .infinity }
        if hasTrend && (beta < lower[1] || (ordering && beta > alpha) || beta > upper[1]) { return .infinity }
        if spec.damped && (phi < lower[3] || phi > upper[3]) { return .infinity }
        if seasonal && (gamma < lower[2] || (ordering && gamma > 1 - alpha) || gamma > upper[2]) { return .infinity }
        if bounds.checkAdmissible && !admissible(alpha: alpha, beta: beta, gamma: gamma, phi: phi) { return .infinity }
        var level = x[i]
        i += 1
        var trend = 0.0
        if hasTrend {
            trend = x[i]
            i += 1
        }
        if seasonal {
            // optimiser holds s_1..s_{m-1} most recent first; the oldest is implied
            var total = 0.0
            for k in 0..<(m - 1) { total += x[i + k] }
            let last = seasonType == .multiplicative ? Double(m) - total : -total
            seasons[0] = last
            for k in 1..<m { seasons[k] = x[i + m - 1 - k] }
            if seasonType == .multiplicative {
                for k in 0..<m where seasons[k] < 0 { return .infinity }
            }
        }
        let betaRatio = hasTrend ? beta / alpha : 0
        let multError = spec.error == .multiplicative
        var sse = 0.0
        var logSum = 0.0
        switch (seasonType, multError, hasTrend) {
        case (.none, false, false):
            sse = Self.runNonSeasonal(y, n, &level, &trend, alpha, betaRatio, phi, false, false, &logSum)
        case (.none, false, true):
            sse = Self.runNonSeasonal(y, n, &level, &trend, alpha, betaRatio, phi, true, false, &logSum)
        case (.none, true, false):
            sse = Self.runNonSeasonal(y, n, &level, &trend, alpha, betaRatio, phi, false, true, &logSum)
        case (.none, true, true):
            sse = Self.runNonSeasonal(y, n, &level, &trend, alpha, betaRatio, phi, true, true, &logSum)
        case (.additive, false, false):
            sse = Self.runAdditiveSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, false, false, &logSum)
        case (.additive, false, true):
            sse = Self.runAdditiveSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, true, false, &logSum)
        case (.additive, true, false):
            sse = Self.runAdditiveSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, false, true, &logSum)
        case (.additive, true, true):
            sse = Self.runAdditiveSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, true, true, &logSum)
        case (.multiplicative, false, false):
            sse = Self.runMultiplicativeSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, false, false, &logSum)
        case (.multiplicative, false, true):
            sse = Self.runMultiplicativeSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, true, false, &logSum)
        case (.multiplicative, true, false):
            sse = Self.runMultiplicativeSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, false, true, &logSum)
        case (.multiplicative, true, true):
            sse = Self.runMultiplicativeSeason(
                y, n, seasons, m, &level, &trend, alpha, betaRatio, gamma, phi, true, true, &logSum)
        }
        let ok = !sse.isNaN
        guard ok, sse.isFinite else { return .infinity }
        var lik = Double(n) * log(sse)
        if multError { lik += 2 * logSum }
        guard !lik.isNaN else { return .infinity }
        return max(lik, -1e10)
    }

    @inline(__always)
    private static func accumulate(
        _ obs: Double, _ f: Double, _ multError: Bool, _ sse: inout Double,
        _ product: inout Double, _ logSum: inout Double
    ) -> Bool {
        if multError {
            let af = abs(f)
            if af < ETSRecursion.tolerance { return false }
            let e = (obs - f) / f
            sse += e * e
            product *= af
            if product > 1e200 || product < 1e-200 {
                logSum += log(product)
                product = 1
            }
        } else {
            let e = obs - f
            sse += e * e
        }
        return true
    }

    @inline(__always)
    private static func runNonSeasonal(
        _ y: UnsafeMutablePointer<Double>, _ n: Int, _ levelRef: inout Double, _ trendRef: inout Double,
        _ alpha: Double, _ betaRatio: Double, _ phi: Double, _ hasTrend: Bool,
        _ multError: Bool, _ logSum: inout Double
    ) -> Double {
        var level = levelRef
        var trend = trendRef
        let beta = alpha * betaRatio
        let a1 = 1 - alpha
        let a2 = (1 - alpha) * phi
        let b2 = phi * (1 - beta)
        var sse = 0.0
        var product = 1.0
        var logs = 0.0
        for t in 0..<n {
            let obs = y[t]
            let phib = hasTrend ? phi * trend : 0
            let q = level + phib
            if !accumulate(obs, q, multError, &sse, &product, &logs) { return .nan }
            // expanded so that level and trend depend on the previous step through one multiply-add:
            // ℓ' = (1−α)ℓ + (1−α)φb + αp,  b' = −βℓ + φ(1−β)b + βp  (β = α·betaRatio)
            let p = obs
            let newLevel: Double
            if hasTrend {
                newLevel = (alpha * p + a2 * trend) + a1 * level
                trend = (beta * p + b2 * trend) - beta * level
            } else {
                newLevel = alpha * p + a1 * level
            }
            level = newLevel
        }
        logSum = logs + log(product)
        levelRef = level
        trendRef = trend
        return sse
    }

    @inline(__always)
    private static func runAdditiveSeason(
        _ y: UnsafeMutablePointer<Double>, _ n: Int, _ s: UnsafeMutablePointer<Double>, _ m: Int,
        _ levelRef: inout Double, _ trendRef: inout Double,
        _ alpha: Double, _ betaRatio: Double, _ gamma: Double, _ phi: Double, _ hasTrend: Bool,
        _ multError: Bool, _ logSum: inout Double
    ) -> Double {
        var level = levelRef
        var trend = trendRef
        let beta = alpha * betaRatio
        let a1 = 1 - alpha
        let a2 = (1 - alpha) * phi
        let b2 = phi * (1 - beta)
        var sse = 0.0
        var product = 1.0
        var logs = 0.0
        var pos = 0
        for t in 0..<n {
            let obs = y[t]
            let oldS = s[pos]
            let phib = hasTrend ? phi * trend : 0
            let q = level + phib
            if !accumulate(obs, q + oldS, multError, &sse, &product, &logs) { return .nan }
            // expanded so that level and trend depend on the previous step through one multiply-add:
            // ℓ' = (1−α)ℓ + (1−α)φb + αp,  b' = −βℓ + φ(1−β)b + βp  (β = α·betaRatio)
            let p = obs - oldS
            let newLevel: Double
            if hasTrend {
                newLevel = (alpha * p + a2 * trend) + a1 * level
                trend = (beta * p + b2 * trend) - beta * level
            } else {
                newLevel = alpha * p + a1 * level
            }
            level = newLevel
            s[pos] = oldS + gamma * (obs - q - oldS)
            pos += 1
            if pos == m { pos = 0 }
        }
        logSum = logs + log(product)
        levelRef = level
        trendRef = trend
        return sse
    }

    @inline(__always)
    private static func runMultiplicativeSeason(
        _ y: UnsafeMutablePointer<Double>, _ n: Int, _ s: UnsafeMutablePointer<Double>, _ m: Int,
        _ levelRef: inout Double, _ trendRef: inout Double,
        _ alpha: Double, _ betaRatio: Double, _ gamma: Double, _ phi: Double, _ hasTrend: Bool,
        _ multError: Bool, _ logSum: inout Double
    ) -> Double {
        let tol = ETSRecursion.tolerance
        let huge = ETSRecursion.huge
        var level = levelRef
        var trend = trendRef
        let beta = alpha * betaRatio
        let a1 = 1 - alpha
        let a2 = (1 - alpha) * phi
        let b2 = phi * (1 - beta)
        var sse = 0.0
        var product = 1.0
        var logs = 0.0
        var pos = 0
        for t in 0..<n {
            let obs = y[t]
            let oldS = s[pos]
            let phib = hasTrend ? phi * trend : 0
            let q = level + phib
            let f = q * oldS
            if abs(f) < tol { return .nan }
            // two divisions instead of three: obs/oldS, obs/q and (obs − f)/f share reciprocals
            let rq = 1 / q
            let rs = 1 / oldS
            let pp = abs(oldS) < tol ? huge : obs * rs
            let tt = abs(q) < tol ? huge : obs * rq
            if multError {
                let e = obs * rq * rs - 1
                sse += e * e
                product *= abs(f)
                if product > 1e200 || product < 1e-200 {
                    logs += log(product)
                    product = 1
                }
            } else {
                let e = obs - f
                sse += e * e
            }
            // expanded so that level and trend depend on the previous step through one multiply-add:
            // ℓ' = (1−α)ℓ + (1−α)φb + αp,  b' = −βℓ + φ(1−β)b + βp  (β = α·betaRatio)
            let p = pp
            let newLevel: Double
            if hasTrend {
                newLevel = (alpha * p + a2 * trend) + a1 * level
                trend = (beta * p + b2 * trend) - beta * level
            } else {
                newLevel = alpha * p + a1 * level
            }
            level = newLevel
            s[pos] = oldS + gamma * (tt - oldS)
            pos += 1
            if pos == m { pos = 0 }
        }
        logSum = logs + log(product)
        levelRef = level
        trendRef = trend
        return sse
    }

    /// ``ETSAdmissibility/isAdmissible(_:spec:seasonLength:)`` without allocation.
    private func admissible(alpha: Double, beta: Double, gamma: Double, phi: Double) -> Bool {
        if phi < 0 || phi > 1 + 1e-8 { return false }
        let m = period
        if spec.season == .none || m <= 1 {
            if alpha < 1 - 1 / phi || alpha > 1 + 1 / phi { return false }
            if spec.trend != .none && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha)) { return false }
            return true
        }
        let mm = Double(m)
        if gamma < max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha { return false }
        if alpha < 1 - 1 / phi - gamma * (1 - mm + phi + phi * mm) / (2 * phi * mm) { return false }
        if beta < -(1 - phi) * (gamma / mm + alpha) { return false }
        let mid = alpha + beta - alpha * phi
        for k in 0..<(m + 2) { polyA[k] = mid }
        polyA[0] = phi * (1 - alpha - gamma)
        polyA[1] = alpha + beta - alpha * phi + gamma - 1
        polyA[m] = alpha + beta - phi
        polyA[m + 1] = 1
        return ETSAdmissibility.rootsWithinRadius(polyA, scratch: polyB, degree: m + 1, radius: 1 + 1e-10)
    }
}
