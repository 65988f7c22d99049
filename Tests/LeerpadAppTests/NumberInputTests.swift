import LeerpadApp
import Testing

@Suite("Reading numbers people type")
struct NumberInputTests {
    @Test(
        "Dutch and English forms that mean one number",
        arguments: [
            ("15000", 15_000.0), ("15,5", 15.5), ("15.5", 15.5), ("15.000,50", 15_000.5), ("15,000.50", 15_000.5),
            ("1.234.567", 1_234_567), ("1,234,567", 1_234_567), ("0,125", 0.125), ("-100", -100), (" 60 ", 60),
            ("15,0000", 15), ("0.500", 0.5),
        ])
    func unambiguous(text: String, value: Double) {
        #expect(NumberInput.parse(text) == .success(value))
    }

    @Test("one separator before exactly three digits could mean two numbers", arguments: ["15.000", "1,234", "-2.500"])
    func ambiguous(text: String) throws {
        guard case .failure(.ambiguous(let small, let large)) = NumberInput.parse(text) else {
            Issue.record("\(text) was not refused as ambiguous")
            return
        }
        #expect(abs(large) == abs(small) * 1000)
    }

    @Test(
        "what is no number",
        arguments: [
            "", "inf", "nan", "1e300", "-", "1.2.3,4,5", "1,2.3", "12.34.567", "€", "1 000", "0x10", "١٢",
            "99999999999999999999",
        ])
    func notANumber(text: String) {
        #expect(NumberInput.parse(text) == .failure(.notANumber))
    }
}
