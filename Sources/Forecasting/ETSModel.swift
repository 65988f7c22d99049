import Foundation

/// An ETS model fitted by maximum likelihood, as `forecast::ets` / statsforecast `ETS` fit it.
public struct ETSModel: Sendable {
    /// The model form.
    public let specification: ETSSpecification
    /// Estimated smoothing parameters.
    public let parameters: ETSParameters
    /// Estimated initial state (all m seasonal states, most recent first).
    public let initialState: ETSState
    /// State after the last observation.
    public let finalState: ETSState
    /// Season length used (1 for non-seasonal models).
    public let seasonLength: Int
    /// −2 log L up to a constant: n·log(Σe²) (+ 2Σlog|ŷ| for multiplicative error).
    public let likelihood: Double
    /// Number of estimated parameters including the error variance.
    public let parameterCount: Int
    /// Number of observations.
    public let observationCount: Int
    /// Residual variance Σe² / (n − k − 1) (relative errors for multiplicative error).
    public let sigma2: Double
    /// One-step residuals.
    public let residuals: [Double]
    /// One-step fitted values.
    public let fitted: [Double]

    /// Akaike's information criterion.
    public var aic: Double { likelihood + 2 * Double(parameterCount) }
    /// AIC corrected for small samples (infinite when n ≤ k + 1).
    public var aicc: Double {
        let k = Double(parameterCount)
        let n = Double(observationCount)
        guard n - k - 1 > 0 else { return .infinity }
        return aic + 2 * k * (k + 1) / (n - k - 1)
    }

    /// Fits `spec` to `y` by minimising the likelihood criterion with bounded Nelder–Mead.
    /// - Throws: ``ForecastingError`` when the data or length do not allow the model.
    /// - Complexity: O(evaluations · n), typically a few hundred evaluations.
    public static func fit(
        _ y: [Double], specification spec: ETSSpecification, seasonLength m: Int,
        bounds: ETSBounds = ETSBounds(), optimizer: NelderMead = NelderMead()
    ) throws -> ETSModel {
        let n = y.count
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw ForecastingError.nonFiniteValue(index: i) }
        if spec.needsPositiveData, let i = y.firstIndex(where: { $0 <= 0 }) {
            throw ForecastingError.nonPositiveData(model: spec.description, index: i, value: y[i])
        }
        if spec.season != .none && m <= 1 { throw ForecastingError.invalidSeasonLength(m) }
        let period = spec.season == .none ? 1 : m
        let nSmooth = spec.smoothingParameterCount
        let nStates = spec.initialStateCount(seasonLength: period)
        let k = nSmooth + nStates
        guard k < n - 2 else {
            throw ForecastingError.seriesTooShort(method: spec.description, needed: k + 3, got: n)
        }
        let p0 = ETSInitialization.parameters(spec: spec, bounds: bounds, seasonLength: period)
        let x0 = try ETSInitialization.states(y, spec: spec, seasonLength: period)

        var start: [Double] = [p0.alpha]
        var lower: [Double] = [bounds.lower[0]]
        var upper: [Double] = [bounds.upper[0]]
        if spec.trend != .none {
            start.append(p0.beta)
            lower.append(bounds.lower[1])
            upper.append(bounds.upper[1])
        }
        if spec.season != .none {
            start.append(p0.gamma)
            lower.append(bounds.lower[2])
            upper.append(bounds.upper[2])
        }
        if spec.damped {
            start.append(p0.phi)
            lower.append(bounds.lower[3])
            upper.append(bounds.upper[3])
        }
        start.append(x0.level)
        if spec.trend != .none { start.append(x0.trend) }
        start.append(contentsOf: x0.seasonal)
        lower.append(contentsOf: [Double](repeating: -.infinity, count: nStates))
        upper.append(contentsOf: [Double](repeating: .infinity, count: nStates))

        let kernel = ETSLikelihoodKernel(y: y, spec: spec, period: period, bounds: bounds)
        let objective: (UnsafeBufferPointer<Double>) -> Double = { kernel.evaluate($0) }
        let result = optimizer.minimize(objective, start: start, lower: lower, upper: upper)
        guard result.value.isFinite else {
            throw ForecastingError.noModelFitted(reason: "\(spec) has no finite likelihood from its starting values")
        }
        let (p, s) = decode(result.point, spec: spec, seasonLength: period)
        return make(y, spec: spec, parameters: p, initial: s, seasonLength: period, parameterCount: k + 1)
    }

    /// Builds a model with fixed parameters and initial state (no estimation).
    public static func make(
        _ y: [Double], spec: ETSSpecification, parameters p: ETSParameters, initial s: ETSState,
        seasonLength m: Int, parameterCount: Int
    ) -> ETSModel {
        let out = ETSRecursion.filter(y, spec: spec, parameters: p, initial: s, seasonLength: m, keepResiduals: true)
        let n = y.count
        let sse = out.residuals.reduce(0) { $0 + $1 * $1 }
        let denom = n - parameterCount - 1 > 0 ? Double(n - parameterCount - 1) : Double(max(n, 1))
        return ETSModel(
            specification: spec, parameters: p, initialState: s, finalState: out.finalState,
            seasonLength: m, likelihood: out.likelihood, parameterCount: parameterCount,
            observationCount: n, sigma2: sse / denom, residuals: out.residuals, fitted: out.fitted)
    }

    /// Splits an optimiser vector into parameters and a full initial state.
    static func decode(_ x: [Double], spec: ETSSpecification, seasonLength m: Int) -> (ETSParameters, ETSState) {
        var i = 0
        var p = ETSParameters(alpha: x[0])
        i = 1
        if spec.trend != .none {
            p.beta = x[i]
            i += 1
        }
        if spec.season != .none {
            p.gamma = x[i]
            i += 1
        }
        if spec.damped {
            p.phi = x[i]
            i += 1
        }
        var s = ETSState(level: x[i])
        i += 1
        if spec.trend != .none {
            s.trend = x[i]
            i += 1
        }
        if spec.season != .none {
            var seas = Array(x[i..<(i + m - 1)])
            let total = seas.reduce(0, +)
            seas.append(spec.season == .multiplicative ? Double(m) - total : -total)
            s.seasonal = seas
        }
        return (p, s)
    }

    /// Point forecasts for steps 1...h.
    public func pointForecast(horizon h: Int) -> [Double] {
        ETSRecursion.pointForecast(
            from: finalState, spec: specification, parameters: parameters,
            seasonLength: seasonLength, horizon: h)
    }

    /// Point forecasts with prediction intervals: analytic for linear and multiplicative-error
    /// models without multiplicative season, simulation (seeded, `paths` paths) otherwise.
    public func forecast(horizon h: Int, levels: [Double] = [80, 95], seed: UInt64 = 42, paths: Int = 2_000) -> Forecast
    {
        let mean = pointForecast(horizon: h)
        var f = Forecast(method: specification.description, mean: mean)
        f.intervals = ETSPredictionIntervals.compute(model: self, mean: mean, levels: levels, seed: seed, paths: paths)
        return f
    }
}
