import LeerpadCore

/// Problems found while decoding a schema-valid file, each at the line of its element.
struct ProblemList {
    let file: String
    private(set) var diagnostics: [XMLDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func add(_ element: XMLElementNode, _ message: String) {
        diagnostics.append(XMLDiagnostic(file: file, line: element.line, column: element.column, message: message))
    }

    /// The Dutch and English children called `name` of `element`; a problem if either is missing.
    mutating func localized(_ element: XMLElementNode, _ name: String) -> LocalizedText {
        let texts = element.children(named: name)
        func text(_ language: Language) -> String {
            let matches = texts.filter { $0.attributes["lang"] == language.rawValue }
            if matches.count != 1 {
                add(element, "<\(element.name)> needs exactly one <\(name) lang=\"\(language.rawValue)\">")
            }
            return matches.first?.text.trimmed ?? ""
        }
        return LocalizedText(dutch: text(.dutch), english: text(.english))
    }
}
