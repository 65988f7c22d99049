/// Smoothing parameters of an ETS model (β, γ, φ are ignored when the component is absent).
public struct ETSParameters: Sendable, Equatable, Codable {
    /// Level smoothing α.
    public var alpha: Double
    /// Trend smoothing β (Hyndman's β, must not exceed α).
    public var beta: Double
    /// Seasonal smoothing γ (must not exceed 1 - α).
    public var gamma: Double
    /// Damping φ (1 for undamped trends).
    public var phi: Double

    /// Creates a parameter set.
    public init(alpha: Double, beta: Double = 0, gamma: Double = 0, phi: Double = 1) {
        self.alpha = alpha
        self.beta = beta
        self.gamma = gamma
        self.phi = phi
    }
}

/// Initial states x₀ of an ETS model.
public struct ETSState: Sendable, Equatable, Codable {
    /// Level.
    public var level: Double
    /// Trend (slope for additive trends), 0 without trend.
    public var trend: Double
    /// Seasonal states, most recent first: `seasonal[m-1]` applies to the next observation.
    public var seasonal: [Double]

    /// Creates a state.
    public init(level: Double, trend: Double = 0, seasonal: [Double] = []) {
        self.level = level
        self.trend = trend
        self.seasonal = seasonal
    }
}

/// The parameter space of `ets`/AutoETS ("both": usual bounds plus admissibility).
public struct ETSBounds: Sendable, Equatable {
    /// Lower bounds for α, β, γ, φ.
    public var lower: [Double] = [1e-4, 1e-4, 1e-4, 0.8]
    /// Upper bounds for α, β, γ, φ.
    public var upper: [Double] = [0.9999, 0.9999, 0.9999, 0.98]
    /// Whether to require β ≤ α and γ ≤ 1 − α (R's "usual" region, as `forecast::ets` checks it).
    /// statsforecast's C++ optimiser enforces only the box bounds and admissibility; set this to
    /// false to mimic it.
    public var requireUsualOrdering = true
    /// Whether to also require the model to be forecastable (characteristic roots in the unit circle).
    public var checkAdmissible = true

    /// The default bounds.
    public init() {}

    /// Whether the parameters lie in the usual region and, if requested, are admissible.
    /// - Complexity: O(m²) for seasonal models (Schur–Cohn test), O(1) otherwise.
    public func contains(_ p: ETSParameters, spec: ETSSpecification, seasonLength m: Int) -> Bool {
        if p.alpha < lower[0] || p.alpha > upper[0] { return false }
        if spec.trend != .none && (p.beta < lower[1] || (requireUsualOrdering && p.beta > p.alpha) || p.beta > upper[1])
        {
            return false
        }
        if spec.damped && (p.phi < lower[3] || p.phi > upper[3]) { return false }
        if spec.season != .none
            && (p.gamma < lower[2] || (requireUsualOrdering && p.gamma > 1 - p.alpha) || p.gamma > upper[2])
        {
            return false
        }
        if checkAdmissible { return ETSAdmissibility.isAdmissible(p, spec: spec, seasonLength: m) }
        return true
    }
}
