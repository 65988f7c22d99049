import LeerpadCore
import Testing

@Suite("Choosing the user's language")
struct LanguageTests {
    @Test(
        "Accept-Language headers",
        arguments: [
            (nil, Language.dutch), ("", .dutch), ("en", .english), ("en-GB,en;q=0.9", .english),
            ("nl-NL,nl;q=0.9,en;q=0.8", .dutch), ("de-DE,en;q=0.5", .english), ("fr, de", .dutch),
            ("nl;q=0.2, en;q=0.8", .english), ("en;q=0, nl", .dutch),
        ] as [(String?, Language)])
    func acceptLanguage(header: String?, expected: Language) {
        #expect(Language.preferred(from: header) == expected)
    }

    @Test("localized text picks the language")
    func localizedText() {
        let text = LocalizedText(dutch: "Ethiek", english: "Ethics")
        #expect(text[.dutch] == "Ethiek")
        #expect(text[.english] == "Ethics")
    }
}
