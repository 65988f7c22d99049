import Foundation

/// Prediction intervals for ETS models (Hyndman et al. 2008, chapter 6).
public enum ETSPredictionIntervals {
    /// Intervals at `levels` for the forecast `mean` of `model`.
    /// Class 1 (additive error): exact variance σ²(1 + Σ c_j²). Class 2 (multiplicative error,
    /// no multiplicative season): the recursive variance of statsforecast. Otherwise: quantiles of
    /// simulated paths from a seeded generator.
    public static func compute(model: ETSModel, mean: [Double], levels: [Double], seed: UInt64, paths: Int)
        -> [PredictionInterval]
    {
        guard !levels.isEmpty else { return [] }
        let h = mean.count
        let spec = model.specification
        let sigma2 = max(model.sigma2, 0)
        let c = coefficients(model: model, horizon: h)
        var variance = [Double](repeating: 0, count: h)
        if spec.season == .multiplicative {
            return simulate(model: model, mean: mean, levels: levels, seed: seed, paths: paths)
        } else if spec.error == .additive {
            var acc = 1.0
            for k in 0..<h {
                variance[k] = sigma2 * acc
                acc += c[k] * c[k]
            }
        } else {
            var theta = [Double](repeating: 0, count: h)
            for k in 0..<h {
                var s = 0.0
                for j in 0..<k { s += c[j] * c[j] * theta[k - 1 - j] }
                theta[k] = mean[k] * mean[k] + sigma2 * s
                variance[k] = (1 + sigma2) * theta[k] - mean[k] * mean[k]
            }
        }
        return levels.map { level in
            let z = NormalDistribution.twoSidedMultiplier(level: level)
            let w = variance.map { z * max($0, 0).squareRoot() }
            return PredictionInterval(
                level: level, lower: zip(mean, w).map { $0 - $1 }, upper: zip(mean, w).map { $0 + $1 })
        }
    }

    /// c_j = α + β(φ + … + φ^j) + γ·[j mod m = 0], for j = 1...h.
    static func coefficients(model: ETSModel, horizon h: Int) -> [Double] {
        let p = model.parameters
        let spec = model.specification
        let phi = spec.damped ? p.phi : 1
        var out: [Double] = []
        var phiSum = 0.0
        var power = 1.0
        for j in 1...max(h, 1) {
            power *= phi
            phiSum += power
            var c = p.alpha
            if spec.trend != .none { c += p.beta * phiSum }
            if spec.season != .none && j % model.seasonLength == 0 { c += p.gamma }
            out.append(c)
        }
        return out
    }

    /// Simulated sample paths → empirical quantiles, centred so the interval contains the mean.
    static func simulate(model: ETSModel, mean: [Double], levels: [Double], seed: UInt64, paths: Int)
        -> [PredictionInterval]
    {
        let h = mean.count
        var rng = SeededGenerator(seed: seed)
        let sigma = max(model.sigma2, 0).squareRoot()
        var all: [[Double]] = []
        all.reserveCapacity(paths)
        for _ in 0..<paths {
            var path = [Double](repeating: 0, count: h)
            var state = model.finalState
            for k in 0..<h {
                let f = ETSRecursion.pointForecast(
                    from: state, spec: model.specification, parameters: model.parameters,
                    seasonLength: model.seasonLength, horizon: 1)[0]
                let e = sigma * rng.nextGaussian()
                let y = model.specification.error == .additive ? f + e : f * (1 + e)
                path[k] = y
                state =
                    ETSRecursion.filter(
                        [y], spec: model.specification, parameters: model.parameters,
                        initial: state, seasonLength: model.seasonLength
                    ).finalState
            }
            all.append(path)
        }
        var result = SampleQuantile.intervals(paths: all, horizon: h, levels: levels)
        for i in result.indices {
            for k in 0..<h {
                if !result[i].lower[k].isFinite { result[i].lower[k] = mean[k] }
                if !result[i].upper[k].isFinite { result[i].upper[k] = mean[k] }
                result[i].lower[k] = min(result[i].lower[k], mean[k])
                result[i].upper[k] = max(result[i].upper[k], mean[k])
            }
        }
        return result
    }
}
