import LeerpadApp
import LeerpadCore

extension Language {
    /// A text of the command-line reports in this language.
    func text(_ text: CLIText) -> String { text.text(self) }

    /// A text of the exports (spreadsheet columns, calendar events) in this language.
    func text(_ text: ExportText) -> String { text.text(self) }
}
