/// How well one method's prediction intervals at one level did over a set of competition series,
/// scored as in the M4 competition.
public struct IntervalScore: Sendable, Equatable {
    /// Nominal coverage in percent, for example 95.
    public let level: Double
    /// Share (0…1) of all held-out values, over every series and step, inside the interval.
    public let coverage: Double
    /// Mean over the series of MSIS (interval score scaled like MASE); series with a zero scale are left out.
    public let msis: Double

    /// Creates a score.
    public init(level: Double, coverage: Double, msis: Double) {
        self.level = level
        self.coverage = coverage
        self.msis = msis
    }
}
