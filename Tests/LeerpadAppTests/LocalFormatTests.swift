import LeerpadApp
import LeerpadCore
import Testing

@Suite("How numbers, money and counts are written")
struct LocalFormatTests {
    @Test(
        "money per language",
        arguments: [
            (123_450, Language.dutch, "€ 1.234,50"), (123_450, .english, "€1,234.50"),
            (1_500_000, .dutch, "€ 15.000"), (1_500_000, .english, "€15,000"), (-100_005, .dutch, "-€ 1.000,05"),
            (-100_005, .english, "-€1,000.05"), (7, .dutch, "€ 0,07"), (0, .english, "€0"),
        ])
    func money(cents: Int, language: Language, expected: String) {
        #expect(LocalFormat.euros(Euros(cents: cents), in: language) == expected)
    }

    @Test("numbers, shortest forms and what cannot be shown")
    func numbers() {
        #expect(LocalFormat.number(3.5, in: .dutch) == "3,5")
        #expect(LocalFormat.number(2.5, in: .english) == "2.5")
        #expect(LocalFormat.shortest(60, maximumDecimals: 1, in: .dutch) == "60")
        #expect(LocalFormat.shortest(1.5, maximumDecimals: 3, in: .dutch) == "1,5")
        #expect(LocalFormat.integer(-1_234_567, in: .dutch) == "-1.234.567")
        #expect(LocalFormat.number(.nan, in: .dutch) == "–")
        #expect(LocalFormat.euros(Double.infinity, in: .dutch) == "–")
        #expect(LocalFormat.plain(.infinity) == "0")
        #expect(LocalFormat.count(1, "module", "modules", in: .dutch) == "1 module")
        #expect(LocalFormat.count(2_000, "module", "modules", in: .english) == "2,000 modules")
    }
}
