/// Small descriptive statistics used by scoring.
enum Statistics {
    /// The arithmetic mean, or `nil` for no values.
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation (n − 1); 0 for fewer than two values.
    static func sampleStandardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1, let mean = mean(values) else { return 0 }
        let squares = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
