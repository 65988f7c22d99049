import LeerpadApp
import LeerpadCore

extension Language {
    /// A text of the command-line reports in this language.
    func text(_ text: CLIText) -> String { text.text(self) }

    /// A text of the exports (spreadsheet columns, calendar events) in this language.
    func text(_ text: ExportText) -> String { text.text(self) }

    /// A term both front ends use, in this language.
    func text(_ text: TermText) -> String { text.text(self) }
}
