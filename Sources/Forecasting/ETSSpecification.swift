/// How a component of an exponential smoothing model enters: not at all, added, or multiplied.
public enum ETSComponent: String, Sendable, CaseIterable, Codable {
    /// The component is absent.
    case none = "N"
    /// The component is added.
    case additive = "A"
    /// The component multiplies.
    case multiplicative = "M"
}

/// One member of the ETS family: error, trend (possibly damped) and season types.
public struct ETSSpecification: Hashable, Sendable, CustomStringConvertible {
    /// Additive or multiplicative error.
    public var error: ETSComponent
    /// No, additive or multiplicative trend.
    public var trend: ETSComponent
    /// Whether the trend is damped by φ.
    public var damped: Bool
    /// No, additive or multiplicative season.
    public var season: ETSComponent

    /// Creates a specification; `damped` is ignored without a trend.
    public init(error: ETSComponent, trend: ETSComponent, damped: Bool = false, season: ETSComponent) {
        self.error = error
        self.trend = trend
        self.damped = trend == .none ? false : damped
        self.season = season
    }

    /// Parses names such as `MAdM`, `ANN` or `ETS(M,Ad,M)`.
    public init?(_ text: String) {
        let letters = text.replacingOccurrences(of: "ETS", with: "").filter { "ANMd".contains($0) }
        let chars = Array(letters)
        guard chars.count == 3 || (chars.count == 4 && chars[2] == "d") else { return nil }
        guard let e = ETSComponent(rawValue: String(chars[0])), let t = ETSComponent(rawValue: String(chars[1])),
            let s = ETSComponent(rawValue: String(chars.last!))
        else { return nil }
        guard e != .none else { return nil }
        self.init(error: e, trend: t, damped: chars.count == 4, season: s)
    }

    /// The conventional name, for example `ETS(M,Ad,M)`.
    public var description: String {
        "ETS(\(error.rawValue),\(trend.rawValue)\(damped ? "d" : ""),\(season.rawValue))"
    }

    /// Whether the model needs strictly positive data.
    public var needsPositiveData: Bool {
        error == .multiplicative || season == .multiplicative || trend == .multiplicative
    }

    /// Number of smoothing parameters (α, β, γ, φ) that are estimated.
    public var smoothingParameterCount: Int {
        1 + (trend != .none ? 1 : 0) + (season != .none ? 1 : 0) + (damped ? 1 : 0)
    }

    /// Number of free initial states (level, trend, m-1 seasonal states).
    public func initialStateCount(seasonLength m: Int) -> Int {
        1 + (trend != .none ? 1 : 0) + (season != .none ? m - 1 : 0)
    }

    /// The models `ets`/AutoETS consider by default (no multiplicative trend; additive error never
    /// combined with a multiplicative season).
    public static func candidates(seasonal: Bool, positiveData: Bool) -> [ETSSpecification] {
        var out: [ETSSpecification] = []
        // same order as statsforecast's ets_f: error, trend, season, damped (true first)
        for e in [ETSComponent.additive, .multiplicative] {
            if e == .multiplicative && !positiveData { continue }
            for t in [ETSComponent.none, .additive] {
                for s in [ETSComponent.none, .additive, .multiplicative] {
                    if s != .none && !seasonal { continue }
                    if s == .multiplicative && (!positiveData || e == .additive) { continue }
                    for d in t == .none ? [false] : [true, false] {
                        out.append(ETSSpecification(error: e, trend: t, damped: d, season: s))
                    }
                }
            }
        }
        return out
    }
}
