import LeerpadCore
import Testing

@Suite("Choosing the user's language")
struct LanguageTests {
    @Test("localized text picks the language")
    func localizedText() {
        let text = LocalizedText(dutch: "Ethiek", english: "Ethics")
        #expect(text[.dutch] == "Ethiek")
        #expect(text[.english] == "Ethics")
    }
}
