import Foundation

/// Automatic ETS: fits every admissible member of the family and keeps the lowest AICc,
/// like R's `ets(y)` and statsforecast's `AutoETS`.
public struct AutoETS: Sendable {
    /// Observations per season (12 monthly, 4 quarterly, 1 none). Seasonal models are skipped above 24.
    public var seasonLength: Int
    /// Parameter space.
    public var bounds = ETSBounds()
    /// Optimiser settings.
    public var optimizer = NelderMead()
    /// Carry the narrowed β and γ upper bounds from one candidate to the next, as statsforecast's
    /// `ets_f` does (its `initparam` edits the shared bound array): after the first seasonal trend
    /// model β ≤ the starting α of a seasonal model (0.2/m). This acts as shrinkage on the trend.
    public var carryBoundsAcrossCandidates = true
    /// Restrict the search to these forms (nil: the default candidate set).
    public var candidates: [ETSSpecification]?

    /// Creates an automatic ETS forecaster.
    public init(seasonLength: Int, candidates: [ETSSpecification]? = nil) {
        self.seasonLength = max(1, seasonLength)
        self.candidates = candidates
    }

    /// A candidate's outcome: its AICc, or why it was not fitted.
    public struct CandidateOutcome: Sendable {
        /// The model form.
        public let specification: ETSSpecification
        /// AICc when fitted.
        public let aicc: Double?
        /// Reason when not fitted.
        public let failure: String?
    }

    /// The selected model with every candidate's outcome (the explanation of the choice).
    public struct Selection: Sendable {
        /// The model with the lowest AICc.
        public let model: ETSModel
        /// All candidates tried, in order.
        public let outcomes: [CandidateOutcome]
    }

    /// Fits all candidates and selects by AICc.
    /// - Throws: ``ForecastingError`` when no candidate can be fitted.
    public func select(_ y: [Double]) throws -> Selection {
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw ForecastingError.nonFiniteValue(index: i) }
        let n = y.count
        guard n >= 3 else { throw ForecastingError.seriesTooShort(method: "ETS", needed: 3, got: n) }
        if let first = y.first, y.allSatisfy({ $0 == first }) {
            let spec = ETSSpecification(error: .additive, trend: .none, season: .none)
            let model = ETSModel.make(
                y, spec: spec, parameters: ETSParameters(alpha: 0.9999),
                initial: ETSState(level: first), seasonLength: 1, parameterCount: 2)
            return Selection(
                model: model, outcomes: [CandidateOutcome(specification: spec, aicc: nil, failure: "constant series")])
        }
        let positive = y.allSatisfy { $0 > 0 }
        let seasonal = seasonLength > 1 && seasonLength <= 24 && n > seasonLength
        let specs = candidates ?? ETSSpecification.candidates(seasonal: seasonal, positiveData: positive)
        var best: ETSModel?
        var outcomes: [CandidateOutcome] = []
        var currentBounds = bounds
        for spec in specs {
            if carryBoundsAcrossCandidates {
                let period = Double(spec.season == .none ? 1 : seasonLength)
                let alpha0 = currentBounds.lower[0] + 0.2 * (currentBounds.upper[0] - currentBounds.lower[0]) / period
                if spec.trend != .none { currentBounds.upper[1] = min(currentBounds.upper[1], alpha0) }
                if spec.season != .none { currentBounds.upper[2] = min(currentBounds.upper[2], 1 - alpha0) }
            }
            do {
                let model = try ETSModel.fit(
                    y, specification: spec, seasonLength: seasonLength,
                    bounds: currentBounds, optimizer: optimizer)
                let ic = model.aicc
                guard ic.isFinite else {
                    outcomes.append(CandidateOutcome(specification: spec, aicc: nil, failure: "AICc not finite"))
                    continue
                }
                outcomes.append(CandidateOutcome(specification: spec, aicc: ic, failure: nil))
                if best == nil || ic < best!.aicc { best = model }
            } catch {
                outcomes.append(CandidateOutcome(specification: spec, aicc: nil, failure: error.localizedDescription))
            }
        }
        guard let chosen = best else {
            throw ForecastingError.noModelFitted(reason: outcomes.compactMap(\.failure).first ?? "no candidate models")
        }
        return Selection(model: chosen, outcomes: outcomes)
    }

    /// Selects a model and forecasts; falls back to a finite simpler forecast (with a note) when
    /// the series is too short or the chosen model's forecast is not finite.
    public func forecast(_ y: [Double], horizon: Int, levels: [Double] = [80, 95], seed: UInt64 = 42) throws -> Forecast
    {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw ForecastingError.nonFiniteValue(index: i) }
        let selection: Selection
        do {
            selection = try select(y)
        } catch let error as ForecastingError {
            guard !y.isEmpty else { throw error }
            var f = try Naive.forecast(y, horizon: horizon, levels: levels)
            f.notes.append("ETS not applicable (\(error.localizedDescription)); used the naive method")
            return f
        }
        var f = selection.model.forecast(horizon: horizon, levels: levels, seed: seed)
        let fitted = selection.outcomes.filter { $0.aicc != nil }.count
        f.notes.append("\(f.method) has the lowest AICc of \(fitted) fitted ETS models")
        if !FiniteCheck.isFinite(f) {
            var fallback = try Naive2.forecast(y, seasonLength: seasonLength, horizon: horizon, levels: levels)
            fallback.notes.insert("\(f.method) gave non-finite values; used Naive2", at: 0)
            return fallback
        }
        return f
    }
}
