/// Equirectangular projection of latitude/longitude (degrees) to kilometres around an origin.
///
/// Accurate to well under 1 % over a town-sized area, which is all routing needs.
public struct GeoProjection: Sendable, Hashable, Codable {
    /// Latitude of the origin in degrees.
    public var originLatitude: Double
    /// Longitude of the origin in degrees.
    public var originLongitude: Double

    /// Creates a projection centred on the given origin.
    public init(originLatitude: Double, originLongitude: Double) {
        self.originLatitude = originLatitude
        self.originLongitude = originLongitude
    }

    /// Kilometres per degree of latitude (mean meridian value).
    public static let kilometresPerDegreeLatitude = 110.574
    /// Kilometres per degree of longitude at the equator.
    public static let kilometresPerDegreeLongitude = 111.320

    /// The point in km (x east, y north) for a latitude and longitude.
    public func project(latitude: Double, longitude: Double) -> Point {
        let radians = originLatitude * Double.pi / 180
        let cosine = Self.cos(radians)
        return Point(
            x: (longitude - originLongitude) * Self.kilometresPerDegreeLongitude * cosine,
            y: (latitude - originLatitude) * Self.kilometresPerDegreeLatitude)
    }

    /// Cosine by Taylor series after range reduction (keeps this file free of libm).
    static func cos(_ x: Double) -> Double {
        var r = x.truncatingRemainder(dividingBy: 2 * Double.pi)
        if r > Double.pi { r -= 2 * Double.pi }
        if r < -Double.pi { r += 2 * Double.pi }
        let r2 = r * r
        var term = 1.0
        var sum = 1.0
        for k in 1...12 {
            term *= -r2 / Double((2 * k - 1) * (2 * k))
            sum += term
        }
        return sum
    }
}
