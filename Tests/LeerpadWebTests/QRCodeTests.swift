import Foundation
import Testing

@testable import LeerpadWeb

/// The QR code encoder against an independent encoder (the Python `qrcode` package's matrices in
/// Fixtures/QR, made by its generate.py), an independent decoder (zbarimg, when installed),
/// published codewords and the standard's structure.
@Suite("QR code")
struct QRCodeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/QR")

    /// A reference case: the file name, the text, and the level, version and mask it was made at.
    struct Reference: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let correction: QRCode.Correction
        let version: Int
        let mask: Int
        var testDescription: String { name }
    }

    /// The cases of Fixtures/QR/generate.py.
    static let references: [Reference] = [
        Reference(name: "v1-L-mask0", text: "Leerpad", correction: .low, version: 1, mask: 0),
        Reference(
            name: "v4-M-mask5", text: "https://leerpad.example/r/abcdefghijklmnopqrstuv", correction: .medium,
            version: 4, mask: 5),
        Reference(
            name: "v5-Q-mask3", text: "Meting ronde 3 \u{2013} caf\u{E9}, \u{E9}\u{E9}n keer per 28 dagen",
            correction: .quartile, version: 5, mask: 3),
        Reference(
            name: "v7-H-mask7", text: "https://leerpad.example/r/0123456789abcdefghij", correction: .high, version: 7,
            mask: 7),
        Reference(
            name: "v10-M-mask6",
            text: "https://leerpad.example/r/abcdefghijklmnopqrstuv?team=gemeente-voorbeeld&ronde=2026-12"
                + "&taal=nl&bron=workshop&kenmerk=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrst"
                + "uvwxyz0123456789-0123456789abcdefghij",
            correction: .medium, version: 10, mask: 6),
    ]

    /// The matrix as the fixtures write it: rows of 0 and 1, each ended by a newline.
    static func rows(_ code: QRCode) -> String {
        code.modules.map { row in String(row.map { $0 ? "1" : "0" }) + "\n" }.joined()
    }

    static func level(_ letter: Substring) -> QRCode.Correction? {
        QRCode.Correction.allCases.first { $0.description == letter }
    }

    /// The text of full-capacity.txt: `count` printable ASCII bytes depending on `version`.
    static func filler(_ count: Int, version: Int) -> String {
        String(decoding: (0..<count).map { UInt8(0x21 + ($0 * 7 + version) % 94) }, as: UTF8.self)
    }

    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    // MARK: Known answers from an independent encoder

    @Test("matches the reference encoder module for module at the same version and mask", arguments: references)
    func matchesReference(reference: Reference) throws {
        let expected = try String(
            contentsOf: Self.fixtures.appendingPathComponent(reference.name + ".txt"), encoding: .utf8)
        let code = try QRCode(
            encoding: reference.text, correction: reference.correction, version: reference.version,
            mask: QRCode.Mask(reference.mask))
        #expect(code.version == reference.version)
        #expect(code.size == 17 + 4 * reference.version)
        #expect(Self.rows(code) == expected)
    }

    @Test("every version and level at full byte capacity hashes like the reference encoder's matrix")
    func fullCapacityMatchesReference() throws {
        let lines = try String(contentsOf: Self.fixtures.appendingPathComponent("full-capacity.txt"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == 160)
        for line in lines {
            let fields = line.split(separator: " ")
            let version = try #require(Int(fields[0]))
            let correction = try #require(Self.level(fields[1]))
            let count = try #require(Int(fields[2]))
            let maskNumber = try #require(Int(fields[3]))
            let mask = try #require(QRCode.Mask(maskNumber))
            #expect(QRCode.byteCapacity(version: version, correction: correction) == count, "\(line)")
            let code = try QRCode(
                encoding: Self.filler(count, version: version), correction: correction, version: version, mask: mask)
            #expect(String(Self.fnv1a(Self.rows(code)), radix: 16) == fields[4].drop(while: { $0 == "0" }), "\(line)")
            #expect(throws: QRCode.EncodingError.self) {
                try QRCode(
                    encoding: Self.filler(count + 1, version: version), correction: correction, version: version,
                    mask: mask)
            }
        }
    }

    // MARK: Published values

    @Test("Reed–Solomon codewords of the published examples: ISO 18004's 01234567 and Thonky's HELLO WORLD, 1-M")
    func reedSolomonKnownVectors() {
        // ISO/IEC 18004, annex I: "01234567" in numeric mode, version 1-M.
        let iso: [UInt8] = [16, 32, 12, 86, 97, 128, 236, 17, 236, 17, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.remainder(of: iso, ecCount: 10) == [165, 36, 212, 193, 237, 54, 199, 135, 44, 85])
        // The Thonky QR code tutorial: "HELLO WORLD" in alphanumeric mode, version 1-M.
        let hello: [UInt8] = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17]
        #expect(ReedSolomon.remainder(of: hello, ecCount: 10) == [196, 35, 39, 119, 235, 215, 231, 226, 93, 23])
    }

    @Test("GF(256) arithmetic: α⁸ = 0x1D, every non-zero element has an inverse, and the generator of degree 7")
    func galoisField() {
        #expect(ReedSolomon.exponents[8] == 0x1D)
        #expect(Set(ReedSolomon.exponents[0..<255]).count == 255)
        for value in 1...255 {
            let inverse = ReedSolomon.exponents[255 - ReedSolomon.logarithms[value]]
            #expect(ReedSolomon.multiply(UInt8(value), inverse) == 1)
        }
        // (x − α⁰)…(x − α⁶) = x⁷ + α⁸⁷x⁶ + α²²⁹x⁵ + α¹⁴⁶x⁴ + α¹⁴⁹x³ + α²³⁸x² + α¹⁰²x + α²¹ (the standard's annex A).
        #expect(
            ReedSolomon.generator(degree: 7) == [87, 229, 146, 149, 238, 102, 21].map { ReedSolomon.exponents[$0] })
    }

    @Test("format and version information bits as the standard tabulates them")
    func formatAndVersionBits() throws {
        let mask0 = try #require(QRCode.Mask(0))
        #expect(QRCode.formatBits(correction: .low, mask: mask0) == 0b111_0111_1100_0100)
        #expect(QRCode.formatBits(correction: .medium, mask: mask0) == 0b101_0100_0001_0010)
        #expect(QRCode.formatBits(correction: .quartile, mask: mask0) == 0b011_0101_0101_1111)
        #expect(QRCode.formatBits(correction: .high, mask: mask0) == 0b001_0110_1000_1001)
        #expect(QRCode.formatBits(correction: .medium, mask: try #require(QRCode.Mask(5))) == 0b100_0000_1100_1110)
        #expect(QRCode.versionBits(7) == 0b00_0111_1100_1001_0100)
        #expect(QRCode.versionBits(40) == 0b10_1000_1100_0110_1001)
    }

    @Test("byte capacities of the standard's table 7 and the codeword count of every version")
    func capacities() {
        let versionOne = QRCode.Correction.allCases.map { QRCode.byteCapacity(version: 1, correction: $0) }
        let versionForty = QRCode.Correction.allCases.map { QRCode.byteCapacity(version: 40, correction: $0) }
        #expect(versionOne == [17, 14, 11, 7])
        #expect(versionForty == [2953, 2331, 1663, 1273])
        #expect(QRCode.totalCodewords(1) == 26)
        #expect(QRCode.totalCodewords(7) == 196)
        #expect(QRCode.totalCodewords(40) == 3706)
        // The count of modules left for data agrees with the function patterns actually drawn.
        for version in 1...40 {
            var matrix = QRCode.Matrix(version: version)
            matrix.drawFunctionPatterns()
            #expect(matrix.isFunction.filter { !$0 }.count == QRCode.dataModules(version), "version \(version)")
        }
        #expect(QRCode.alignmentCentres(1) == [])
        #expect(QRCode.alignmentCentres(2) == [6, 18])
        #expect(QRCode.alignmentCentres(7) == [6, 22, 38])
        #expect(QRCode.alignmentCentres(32) == [6, 34, 60, 86, 112, 138])
        #expect(QRCode.alignmentCentres(40) == [6, 30, 58, 86, 114, 142, 170])
    }

    // MARK: Choices

    @Test("picks the smallest version that holds the text and the mask of lowest penalty")
    func choosesVersionAndMask() throws {
        let link = "https://leerpad.example/r/abcdefghijklmnopqrstuv"
        for correction in QRCode.Correction.allCases {
            let code = try QRCode(encoding: link, correction: correction)
            let bytes = link.utf8.count
            #expect(QRCode.byteCapacity(version: code.version, correction: correction) >= bytes)
            if code.version > 1 {
                #expect(QRCode.byteCapacity(version: code.version - 1, correction: correction) < bytes)
            }
            let penalties = try QRCode.Mask.allCases.map { mask in
                let forced = try QRCode(encoding: link, correction: correction, version: code.version, mask: mask)
                return QRCode.penalty(size: forced.size, modules: forced.modules.flatMap { $0 })
            }
            #expect(penalties[code.mask.number] == penalties.min(), "\(correction): \(penalties)")
            #expect(penalties.firstIndex(of: penalties.min()!) == code.mask.number)
        }
        #expect(try QRCode(encoding: link).version == 4)
        #expect(try QRCode(encoding: link).correction == .medium)
        #expect(try QRCode(encoding: "").version == 1)
    }

    @Test("the penalty rules on two symbols worked out by hand")
    func penaltyByHand() {
        // 5 × 5 all light: 10 runs of 5 (3 each), 16 blocks of 2 × 2 (3 each), 0 % dark (10 steps of 5 %).
        #expect(QRCode.penalty(size: 5, modules: Array(repeating: false, count: 25)) == 30 + 48 + 100)
        // 11 × 11 light with 1011101 0000 on top: rule 1 gives 10 rows × 9 + 6 columns × 9 + 5 × 8;
        // rule 2 gives 93 blocks × 3; rule 3 finds the pattern with light before and after it (2 × 40);
        // 5 of 121 dark is 9 full steps of 5 % from half.
        var modules = Array(repeating: false, count: 121)
        for x in [0, 2, 3, 4, 6] { modules[x] = true }
        #expect(QRCode.penalty(size: 11, modules: modules) == (90 + 54 + 40) + 279 + 80 + 90)
    }

    @Test("a text that needs more than version 40 names its byte count and the capacity")
    func tooLong() throws {
        let text = String(repeating: "é", count: 1166)  // 2332 bytes
        #expect(throws: QRCode.EncodingError.tooLong(byteCount: 2332, capacity: 2331, version: 40, correction: .medium))
        {
            try QRCode(encoding: text)
        }
        #expect(throws: QRCode.EncodingError.tooLong(byteCount: 1274, capacity: 1273, version: 40, correction: .high)) {
            try QRCode(encoding: String(repeating: "a", count: 1274), correction: .high)
        }
        #expect(throws: QRCode.EncodingError.tooLong(byteCount: 15, capacity: 14, version: 1, correction: .medium)) {
            try QRCode(encoding: String(repeating: "a", count: 15), correction: .medium, version: 1, mask: nil)
        }
        #expect(throws: QRCode.EncodingError.invalidVersion(41)) {
            try QRCode(encoding: "a", correction: .low, version: 41, mask: nil)
        }
        do {
            _ = try QRCode(encoding: text)
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("2332 bytes"))
            #expect(error.description.contains("2331 bytes"))
            #expect(error.description.contains("version 40 holds at level M"))
        }
        #expect(try QRCode(encoding: String(repeating: "é", count: 1165)).version == 40)
        #expect(QRCode.Mask(8) == nil)
    }

    // MARK: Structure, read back without the encoder

    /// The remainder of `value` divided by `generator` over GF(2), written out again here.
    static func remainder(_ value: Int, dividedBy generator: Int) -> Int {
        let degree = Int.bitWidth - 1 - generator.leadingZeroBitCount
        var rest = value
        for bit in stride(from: Int.bitWidth - 2, through: degree, by: -1) where rest >> bit & 1 == 1 {
            rest ^= generator << (bit - degree)
        }
        return rest
    }

    static let structureCases: [(String, QRCode.Correction)] = [
        ("https://leerpad.example/r/abcdefghijklmnopqrstuv", .low),
        ("https://leerpad.example/r/abcdefghijklmnopqrstuv", .high),
        (String(repeating: "https://leerpad.example/r/abcdefghijklmnopqrstuv ", count: 4), .medium),
        (String(repeating: "Leerpad ", count: 120), .quartile),
        (String(repeating: "x", count: 2331), .medium),
    ]

    @Test(
        "finders, separators, timing, the dark module, format and version information read back from the matrix",
        arguments: 0..<structureCases.count)
    func structure(index: Int) throws {
        let (text, correction) = Self.structureCases[index]
        let code = try QRCode(encoding: text, correction: correction)
        let size = code.size
        func dark(_ x: Int, _ y: Int) -> Bool { code.isDark(x: x, y: y) }
        for (left, top) in [(0, 0), (size - 7, 0), (0, size - 7)] {
            for dy in -1...7 {
                for dx in -1...7 {
                    let x = left + dx
                    let y = top + dy
                    guard (0..<size).contains(x) && (0..<size).contains(y) else { continue }
                    let outer = dx == -1 || dy == -1 || dx == 7 || dy == 7
                    let ring = outer ? 4 : max(abs(dx - 3), abs(dy - 3))
                    #expect(dark(x, y) == (ring <= 1 || ring == 3), "finder at (\(left), \(top)): (\(x), \(y))")
                }
            }
        }
        for index in 8..<(size - 8) {
            #expect(dark(index, 6) == (index % 2 == 0))
            #expect(dark(6, index) == (index % 2 == 0))
        }
        #expect(dark(8, size - 8))
        // Both copies of the format information, bit 0 (the least significant) first.
        let firstPositions =
            (0...5).map { (8, $0) } + [(8, 7), (8, 8), (7, 8)] + (9...14).map { (14 - $0, 8) }
        let secondPositions = (0...7).map { (size - 1 - $0, 8) } + (8...14).map { (8, size - 15 + $0) }
        for positions in [firstPositions, secondPositions] {
            let bits = positions.enumerated().reduce(0) { $0 | (dark($1.element.0, $1.element.1) ? 1 << $1.offset : 0) }
            let unmasked = bits ^ 0b101_0100_0001_0010
            #expect(Self.remainder(unmasked, dividedBy: 0b101_0011_0111) == 0, "format bits \(String(bits, radix: 2))")
            let levels: [Int: QRCode.Correction] = [1: .low, 0: .medium, 3: .quartile, 2: .high]
            #expect(levels[unmasked >> 13] == correction)
            #expect(unmasked >> 10 & 0b111 == code.mask.number)
        }
        if code.version >= 7 {
            for transposed in [false, true] {
                let bits = (0..<18).reduce(0) { bits, index in
                    let (a, b) = (index / 3, size - 11 + index % 3)
                    return bits | ((transposed ? dark(b, a) : dark(a, b)) ? 1 << index : 0)
                }
                #expect(Self.remainder(bits, dividedBy: 0b1_1111_0010_0101) == 0)
                #expect(bits >> 12 == code.version)
            }
        }
    }

    // MARK: SVG

    @Test("the SVG is well-formed XML with the quiet zone in its viewBox and one unit square per dark module")
    func svg() throws {
        let code = try QRCode(encoding: "https://leerpad.example/r/abcdefghijklmnopqrstuv")
        let svg = QRCodeSVG(code, label: "QR code van de link \"Ronde 3\" <nieuw> & oud")
        let elements = try #require(ElementCollector.parse(svg.markup))
        #expect(elements.map(\.name) == ["svg", "title", "rect", "path"])
        let root = elements[0]
        let extent = code.size + 8
        #expect(root.attributes["viewBox"] == "0 0 \(extent) \(extent)")
        #expect(root.attributes["width"] == "\(extent * 4)")
        #expect(root.attributes["shape-rendering"] == "crispEdges")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-label"] == "QR code van de link \"Ronde 3\" <nieuw> & oud")
        #expect(!svg.markup.contains("<script") && !svg.markup.contains("href") && !svg.markup.contains("url("))
        #expect(elements[2].attributes["fill"] == "#fff")
        let squares = try Self.squares(elements[3].attributes["d"] ?? "")
        #expect(squares.count == code.darkCount)
        let expected = (0..<code.size).flatMap { y in
            (0..<code.size).filter { code.isDark(x: $0, y: y) }.map { [$0 + 4, y + 4] }
        }
        #expect(squares.map { [$0.x, $0.y] } == expected)
        #expect(squares.allSatisfy { (4..<(extent - 4)).contains($0.x) && (4..<(extent - 4)).contains($0.y) })
    }

    /// The unit squares of a path of `M x y h1v1h-1z` commands; throws on anything else.
    static func squares(_ data: String) throws -> [(x: Int, y: Int)] {
        struct NotAUnitSquare: Error { let command: Substring }
        return try data.split(separator: "M").map { part in
            let command = part.trimmingCharacters(in: .whitespaces)
            guard command.hasSuffix("h1v1h-1z") else { throw NotAUnitSquare(command: part) }
            let numbers = command.dropLast("h1v1h-1z".count).split(separator: " ").compactMap { Int($0) }
            guard numbers.count == 2 else { throw NotAUnitSquare(command: part) }
            return (numbers[0], numbers[1])
        }
    }

    // MARK: Round trip through an independent decoder

    /// The first of `paths` that can be run.
    static func executable(_ paths: String...) -> String? {
        paths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let zbarimg = executable("/usr/bin/zbarimg", "/usr/local/bin/zbarimg")
    /// librsvg's converter, to render the SVG markup itself (Debian package librsvg2-bin).
    static let rsvgConvert = executable("/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert")

    /// Runs `executable` with `arguments`; its exit status and standard output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Rasterises the SVG's unit squares (and nothing else) as a PGM at `scale` pixels a module.
    static func pgm(of svg: QRCodeSVG, scale: Int) throws -> Data {
        let elements = try #require(ElementCollector.parse(svg.markup))
        let path = try #require(elements.first { $0.name == "path" }?.attributes["d"])
        let width = svg.extent * scale
        var pixels = [UInt8](repeating: 255, count: width * width)
        for square in try squares(path) {
            for y in (square.y * scale)..<((square.y + 1) * scale) {
                for x in (square.x * scale)..<((square.x + 1) * scale) { pixels[y * width + x] = 0 }
            }
        }
        return Data("P5\n\(width) \(width)\n255\n".utf8) + Data(pixels)
    }

    static let roundTripCases: [(String, QRCode.Correction)] = [
        ("https://leerpad.example/r/abcdefghijklmnopqrstuv", .medium),
        ("https://leerpad.example/r/abcdefghijklmnopqrstuv", .low),
        ("https://leerpad.example/r/abcdefghijklmnopqrstuv", .high),
        ("Meting ronde 3 \u{2013} caf\u{E9}, \u{E9}\u{E9}n keer per 28 dagen", .quartile),
        ("https://leerpad.example/r/" + String(repeating: "abcdefghijklmnopqrstuvwxyz0123456789", count: 5), .medium),
        (String(repeating: "Leerpad-", count: 60), .high),
    ]

    @Test(
        "zbarimg reads back the text from the SVG's squares, and from librsvg's rendering of the SVG when installed",
        .enabled(
            if: zbarimg != nil,
            "SKIPPED: zbarimg is not installed (Debian package zbar-tools), so no independent decoder read the QR codes"
        ),
        arguments: 0..<roundTripCases.count)
    func decodesWithZbar(index: Int) throws {
        let (text, correction) = Self.roundTripCases[index]
        let code = try QRCode(encoding: text, correction: correction)
        let svg = QRCodeSVG(code, label: "QR")
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-qr-\(UUID().uuidString)")
        let files = ["pgm", "svg", "png"].map { base.appendingPathExtension($0) }
        defer { for file in files { try? FileManager.default.removeItem(at: file) } }
        let zbarimg = try #require(Self.zbarimg)
        let arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable"]
        let symbol = "version \(code.version)-\(correction), \(code.mask)"
        try Self.pgm(of: svg, scale: 4).write(to: files[0])
        let squares = try Self.run(zbarimg, arguments + [files[0].path])
        #expect(squares.status == 0, "\(symbol): zbarimg found no QR code in the squares")
        #expect(squares.output == text + "\n", "\(symbol)")
        guard let rsvgConvert = Self.rsvgConvert else {
            print("QRCodeTests: rsvg-convert (librsvg2-bin) is not installed; the SVG markup itself was not rendered")
            return
        }
        try Data(svg.markup.utf8).write(to: files[1])
        let width = String(svg.extent * 4)
        let rendered = try Self.run(rsvgConvert, ["-w", width, "-h", width, "-o", files[2].path, files[1].path])
        #expect(rendered.status == 0, "\(symbol): rsvg-convert failed")
        let picture = try Self.run(zbarimg, arguments + [files[2].path])
        #expect(picture.status == 0, "\(symbol): zbarimg found no QR code in librsvg's rendering")
        #expect(picture.output == text + "\n", "\(symbol)")
    }
}
