/// Problems found while mapping a feed: errors (the import cannot produce a module) and
/// warnings (it can, but something was left out or assumed), each at an element's line.
struct ImportDiagnostics {
    let file: String
    private(set) var errors: [XMLDiagnostic] = []
    private(set) var warnings: [XMLDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ element: XMLElementNode, _ message: String) {
        errors.append(XMLDiagnostic(file: file, line: element.line, column: element.column, message: message))
    }

    mutating func warning(_ element: XMLElementNode, _ message: String) {
        warnings.append(
            XMLDiagnostic(file: file, line: element.line, column: element.column, message: "warning: " + message))
    }

    mutating func warning(line: Int, column: Int, _ message: String) {
        warnings.append(XMLDiagnostic(file: file, line: line, column: column, message: "warning: " + message))
    }

    /// One warning for `owner` that lists the known elements Leerpad does not carry over.
    mutating func notCarried(_ elements: [XMLElementNode], in owner: XMLElementNode, describedAs description: String) {
        guard !elements.isEmpty else { return }
        let names = elements.sorted { ($0.line, $0.column) < ($1.line, $1.column) }.map {
            "<\(StandardNames.qualified($0))> (line \($0.line))"
        }.joined(separator: ", ")
        warning(owner, "\(description): not carried into the Leerpad catalogue: \(names)")
    }

    /// A warning for an element the standard does not define here.
    mutating func unknown(_ element: XMLElementNode, in description: String) {
        warning(element, "unknown element <\(StandardNames.qualified(element))> in \(description); ignored")
    }

    /// Warnings for attributes of `element` outside `allowed` (xml:lang, xsi:* are always allowed).
    mutating func checkAttributes(_ element: XMLElementNode, allowed: Set<String>) {
        for name in element.attributes.keys.sorted()
        where !allowed.contains(name)
            && !["lang", "schemaLocation", "noNamespaceSchemaLocation", "type"].contains(name)
        {
            warning(element, "unknown attribute '\(name)' on <\(StandardNames.qualified(element))>; ignored")
        }
    }
}
