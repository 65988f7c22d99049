import Foundation

/// The Theta state: smoothed level, running mean, regression intercept and slope.
struct ThetaState: Sendable {
    var level: Double
    var meanY: Double
    var a: Double
    var b: Double
}

/// The Theta recursion of Fiorucci et al. (2016) (`thetacalc` in statsforecast).
enum ThetaRecursion {
    struct Run {
        var sse: Double
        var residuals: [Double]
        var state: ThetaState
    }

    /// μ_i = ℓ_{i−1} + (1 − 1/θ)(A(1−α)^i + B(1 − (1−α)^{i+1})/α).
    @inline(__always)
    static func oneStep(_ s: ThetaState, i: Int, alpha: Double, theta: Double) -> Double {
        let q = pow(1 - alpha, Double(i))
        return s.level + (1 - 1 / theta) * (s.a * q + s.b * (1 - q * (1 - alpha)) / alpha)
    }

    @inline(__always)
    static func update(_ s: inout ThetaState, i: Int, y: Double, alpha: Double, dynamic: Bool) {
        let oldMean = s.meanY
        let oldB = s.b
        s.level = alpha * y + (1 - alpha) * s.level
        let di = Double(i)
        s.meanY = (di * oldMean + y) / (di + 1)
        if dynamic {
            s.b = ((di - 1) * oldB + 6 * (y - oldMean) / (di + 1)) / (di + 2)
            s.a = s.meanY - s.b * (di + 2) / 2
        }
    }

    static func filter(
        _ y: [Double], variant: ThetaVariant, initialLevel: Double, alpha: Double, theta: Double, keepResiduals: Bool
    ) -> Run {
        let n = y.count
        var s = ThetaState(level: alpha * y[0] + (1 - alpha) * initialLevel, meanY: y[0], a: y[0], b: 0)
        var mu0 = y[0]
        if !variant.isDynamic {
            let (a, b) = LeastSquares.linearTrend(y)
            // statsforecast's A_n is the fitted value at t = 0: mean(y) − (n+1)/2·B
            s.a = a
            s.b = b
            mu0 = initialLevel + (1 - 1 / theta) * a
        }
        var sse = 0.0
        var residuals: [Double] = []
        if keepResiduals {
            residuals.reserveCapacity(n)
            residuals.append(y[0] - mu0)
        }
        for i in 1..<n {
            let mu = oneStep(s, i: i, alpha: alpha, theta: theta)
            let e = y[i] - mu
            if i >= 3 { sse += e * e }
            if keepResiduals { residuals.append(e) }
            update(&s, i: i, y: y[i], alpha: alpha, dynamic: variant.isDynamic)
        }
        return Run(sse: sse.isFinite ? sse : .infinity, residuals: residuals, state: s)
    }
}
