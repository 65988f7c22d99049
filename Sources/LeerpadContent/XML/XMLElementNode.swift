/// An element of a parsed XML document as plain Swift values, detached from libxml2.
public struct XMLElementNode: Hashable, Sendable {
    /// The element's local name.
    public var name: String
    /// The element's namespace URI, if any.
    public var namespace: String?
    /// Attributes by local name.
    public var attributes: [String: String]
    /// Child elements in document order.
    public var children: [XMLElementNode]
    /// The element's own text (text and CDATA children, concatenated).
    public var text: String
    /// The line where the element starts.
    public var line: Int
    /// The column where the element starts (1-based), or 0 when unknown.
    public var column: Int

    /// Creates an element.
    public init(
        name: String, namespace: String? = nil, attributes: [String: String] = [:],
        children: [XMLElementNode] = [], text: String = "", line: Int = 0, column: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
        self.column = column
    }

    /// The child elements called `name`, in document order.
    public func children(named name: String) -> [XMLElementNode] {
        children.filter { $0.name == name }
    }

    /// The first child element called `name`.
    public func child(named name: String) -> XMLElementNode? {
        children.first { $0.name == name }
    }
}
