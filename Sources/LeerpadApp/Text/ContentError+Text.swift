import LeerpadContent
import LeerpadCore

extension ContentError {
    /// Every problem as one located line (`file:line:column: message`) in `language`: the bounds
    /// Leerpad sets in the user's language, libxml2's own messages as it writes them.
    public func lines(in language: Language) -> [String] {
        switch self {
        case .tooComplex(let file, let line, let column, let exceeded):
            let phrase: Phrase =
                switch exceeded {
                case .attributesPerElement(let limit):
                    .xmlTooManyAttributes(limit: LocalFormat.integer(limit, in: language))
                case .elements(let limit): .xmlTooManyElements(limit: LocalFormat.integer(limit, in: language))
                }
            return [XMLDiagnostic(file: file, line: line, column: column, message: phrase.text(language)).description]
        case .unreadable, .tooLarge, .invalid:
            return diagnostics.map(\.description)
        }
    }
}
