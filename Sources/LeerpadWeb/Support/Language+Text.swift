import LeerpadApp
import LeerpadCore

extension Language {
    /// A text of the web pages in this language.
    func page(_ text: PageText) -> String { text.text(self) }

    /// A text of the workshop demos in this language.
    func demo(_ text: DemoText) -> String { text.text(self) }

    /// A term both front ends use, in this language.
    func term(_ text: TermText) -> String { text.text(self) }

    /// A refusal of the web app in this language.
    func message(_ text: WebMessage) -> String { text.text(self) }
}
