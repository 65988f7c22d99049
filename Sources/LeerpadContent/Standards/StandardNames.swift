/// The namespaces of the course-catalogue standards, and readable names for their elements.
public enum StandardNames {
    /// XCRI-CAP 1.2's default namespace.
    public static let xcri = "http://xcri.org/profiles/1.2/catalog"
    /// Dublin Core elements.
    public static let dc = "http://purl.org/dc/elements/1.1/"
    /// Metadata for Learning Opportunities (EN 15982).
    public static let mlo = "http://purl.org/net/mlo"
    /// XML Schema instance attributes.
    public static let xsi = "http://www.w3.org/2001/XMLSchema-instance"
    /// EDU-DEX program and programsList.
    public static let edudex = "http://studieData.nl/schema/edudex/program"

    /// `prefix:name` with the conventional prefix of the element's namespace.
    static func qualified(_ element: XMLElementNode) -> String {
        switch element.namespace {
        case dc: "dc:" + element.name
        case mlo: "mlo:" + element.name
        case xcri, edudex, nil: element.name
        case let other?: "{\(other)}" + element.name
        }
    }
}
