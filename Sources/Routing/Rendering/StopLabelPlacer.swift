/// Places stop numbers next to their stops so that no two labels overlap.
///
/// Each label tries eight places around its stop (above right first); it takes the first one
/// that stays inside the bounds and overlaps neither a label already placed nor an obstacle
/// (the depot, direction arrows, the other stops' markers). A label with no free place is left out: in a dense cluster
/// only some stops are numbered, and the route's line and arrows still show the order.
public enum StopLabelPlacer {
    /// An axis-aligned rectangle in drawing units.
    public struct Box: Sendable, Hashable {
        public var minX: Double
        public var minY: Double
        public var maxX: Double
        public var maxY: Double

        /// A box of the given size centred on a point.
        public init(centerX: Double, centerY: Double, width: Double, height: Double) {
            minX = centerX - width / 2
            maxX = centerX + width / 2
            minY = centerY - height / 2
            maxY = centerY + height / 2
        }

        /// A box from its edges.
        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = minX
            self.minY = minY
            self.maxX = maxX
            self.maxY = maxY
        }

        /// Whether the two boxes share more than an edge.
        public func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }

        /// Whether `other` lies wholly inside this box.
        public func contains(_ other: Box) -> Bool {
            other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
        }
    }

    /// A stop to be numbered: its position in drawing units and its text.
    public struct Stop: Sendable, Hashable {
        public var route: Int
        public var stop: Int
        public var x: Double
        public var y: Double
        public var text: String

        /// Creates a stop.
        public init(route: Int, stop: Int, x: Double, y: Double, text: String) {
            self.route = route
            self.stop = stop
            self.x = x
            self.y = y
            self.text = text
        }
    }

    /// A placed label: the stop it numbers and the box of its text (centred on the box's middle).
    public struct Label: Sendable, Hashable {
        public var stop: Stop
        public var box: Box
        public var centerX: Double { (box.minX + box.maxX) / 2 }
        public var centerY: Double { (box.minY + box.maxY) / 2 }
    }

    /// The width of `text` set in a sans-serif face at `fontSize`: 0.6 em per character, a
    /// little more than the digits of Helvetica or Arial (0.556 em), so the estimate is safe.
    public static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * 0.6 * fontSize
    }

    /// The labels that fit, in the order they were placed.
    ///
    /// Every route's first stop is tried first, so each route shows where it starts; then the
    /// other stops in route order.
    /// - Parameters:
    ///   - stops: the stops to number.
    ///   - fontSize: the labels' font size in drawing units.
    ///   - markerRadius: the radius of a stop's marker; a label keeps clear of its own stop.
    ///   - bounds: labels must lie wholly inside this box.
    ///   - obstacles: boxes no label may overlap.
    /// - Complexity: O(*n*·(*n* + *m*)) for *n* stops and *m* obstacles.
    public static func place(
        _ stops: [Stop], fontSize: Double, markerRadius: Double, bounds: Box, obstacles: [Box] = []
    ) -> [Label] {
        let ordered = stops.filter { $0.stop == 1 } + stops.filter { $0.stop != 1 }
        var placed: [Label] = []
        let gap = 1.0
        for stop in ordered {
            let width = textWidth(stop.text, fontSize: fontSize) + 2 * gap
            let height = fontSize + 2 * gap
            let dx = markerRadius + width / 2
            let dy = markerRadius + height / 2
            let offsets: [(Double, Double)] = [
                (dx, -dy), (-dx, -dy), (dx, dy), (-dx, dy), (dx, 0), (-dx, 0), (0, -dy), (0, dy),
            ]
            for (ox, oy) in offsets {
                let box = Box(centerX: stop.x + ox, centerY: stop.y + oy, width: width, height: height)
                guard bounds.contains(box), !obstacles.contains(where: box.overlaps),
                    !placed.contains(where: { $0.box.overlaps(box) })
                else { continue }
                placed.append(Label(stop: stop, box: box))
                break
            }
        }
        return placed
    }
}
