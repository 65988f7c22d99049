import LeerpadApp
import LeerpadCore

extension Language {
    /// A text of the command-line reports in this language.
    func text(_ text: CLIText) -> String { text.text(self) }
}
