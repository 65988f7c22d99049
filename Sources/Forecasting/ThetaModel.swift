import Foundation

/// The four Theta variants of Fiorucci et al. (2016), as statsforecast implements them.
public enum ThetaVariant: String, Sendable, CaseIterable, Codable {
    /// Standard Theta (θ = 2): SES with drift equal to half the regression slope.
    case standard = "STM"
    /// Optimised Theta: θ estimated.
    case optimised = "OTM"
    /// Dynamic standard Theta: regression line updated recursively, θ = 2.
    case dynamicStandard = "DSTM"
    /// Dynamic optimised Theta.
    case dynamicOptimised = "DOTM"

    var isDynamic: Bool { self == .dynamicStandard || self == .dynamicOptimised }
    var optimisesTheta: Bool { self == .optimised || self == .dynamicOptimised }
}

/// A Theta model fitted to a (seasonally adjusted) series by minimising in-sample squared one-step errors.
public struct ThetaModel: Sendable {
    /// Which variant.
    public let variant: ThetaVariant
    /// Level smoothing α in [0.1, 0.99].
    public let alpha: Double
    /// Weight θ ≥ 1 of the local curvature (2 for the standard method).
    public let theta: Double
    /// Initial smoothed level ℓ₀.
    public let initialLevel: Double
    /// Mean squared one-step error after the first three observations.
    public let mse: Double
    /// One-step residuals.
    public let residuals: [Double]
    /// State after the last observation.
    let finalState: ThetaState
    /// Number of observations.
    let count: Int

    /// Fits `variant` to `y`.
    /// - Throws: ``ForecastingError/seriesTooShort(method:needed:got:)`` below four observations.
    public static func fit(_ y: [Double], variant: ThetaVariant, optimizer: NelderMead = ThetaModel.defaultOptimizer)
        throws -> ThetaModel
    {
        let n = y.count
        guard n >= 4 else { throw ForecastingError.seriesTooShort(method: "Theta", needed: 4, got: n) }
        var scale = y.reduce(0) { $0 + abs($1) } / Double(n)
        if scale == 0 { scale = 1 }
        var start = [y[0] / 2, 0.5]
        var lower = [-1e10, 0.1]
        var upper = [1e10, 0.99]
        if variant.optimisesTheta {
            start.append(2)
            lower.append(1)
            upper.append(1e10)
        }
        let objective: (UnsafeBufferPointer<Double>) -> Double = { x in
            let run = ThetaRecursion.filter(
                y, variant: variant, initialLevel: x[0], alpha: x[1],
                theta: variant.optimisesTheta ? x[2] : 2, keepResiduals: false)
            return run.sse / (Double(n) * scale * scale)
        }
        let r = optimizer.minimize(objective, start: start, lower: lower, upper: upper)
        let point = r.value.isFinite ? r.point : start
        let theta = variant.optimisesTheta ? point[2] : 2
        let run = ThetaRecursion.filter(
            y, variant: variant, initialLevel: point[0], alpha: point[1], theta: theta, keepResiduals: true)
        return ThetaModel(
            variant: variant, alpha: point[1], theta: theta, initialLevel: point[0],
            mse: run.sse / Double(max(1, n - 3)), residuals: run.residuals, finalState: run.state, count: n)
    }

    /// The optimiser settings used for Theta fits.
    public static var defaultOptimizer: NelderMead {
        var nm = NelderMead()
        nm.tolerance = 1e-8
        return nm
    }

    /// Point forecasts for steps 1...h.
    public func pointForecast(horizon h: Int) -> [Double] {
        var state = finalState
        var out = [Double](repeating: 0, count: h)
        for k in 0..<h {
            let i = count + k
            let mu = ThetaRecursion.oneStep(state, i: i, alpha: alpha, theta: theta)
            ThetaRecursion.update(&state, i: i, y: mu, alpha: alpha, dynamic: variant.isDynamic)
            out[k] = mu
        }
        return out
    }

    /// Simulated sample paths with normal errors of the residual standard deviation (seeded).
    func samplePaths(horizon h: Int, paths: Int, seed: UInt64) -> [[Double]] {
        let tail = residuals.count > 5 ? Array(residuals.dropFirst(3)) : residuals
        let sigma = Residuals.standardDeviation(tail)
        var rng = SeededGenerator(seed: seed)
        var all: [[Double]] = []
        all.reserveCapacity(paths)
        for _ in 0..<paths {
            var state = finalState
            var path = [Double](repeating: 0, count: h)
            for k in 0..<h {
                let i = count + k
                let y = ThetaRecursion.oneStep(state, i: i, alpha: alpha, theta: theta) + sigma * rng.nextGaussian()
                ThetaRecursion.update(&state, i: i, y: y, alpha: alpha, dynamic: variant.isDynamic)
                path[k] = y
            }
            all.append(path)
        }
        return all
    }
}
