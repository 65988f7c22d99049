/// A QR code (ISO/IEC 18004 Model 2) of a text, encoded as UTF-8 in byte mode.
///
/// Made for the respondent link of a measurement round, shown on a workshop screen or in an
/// e-mail (see `QRCodeSVG`). The encoder picks the smallest version (1–40) that holds the text at
/// the chosen error-correction level, adds Reed–Solomon codewords over GF(256), interleaves the
/// blocks, draws the function patterns and tries all eight masks, keeping the one with the lowest
/// penalty under the standard's four rules. No ECI header is written: a UTF-8 text that is plain
/// ASCII (every link) reads the same in every reader.
///
/// Coordinates are in modules with the origin at the top-left corner: `x` is the column, `y` the
/// row. The quiet zone is not part of the matrix.
public struct QRCode: Sendable, Equatable {
    /// How much of the symbol may be damaged and still be read.
    public enum Correction: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// About 7 % of the codewords can be restored (level L).
        case low
        /// About 15 % of the codewords can be restored (level M).
        case medium
        /// About 25 % of the codewords can be restored (level Q).
        case quartile
        /// About 30 % of the codewords can be restored (level H).
        case high

        /// The level's letter in the standard: L, M, Q or H.
        public var description: String {
            switch self {
            case .low: "L"
            case .medium: "M"
            case .quartile: "Q"
            case .high: "H"
            }
        }

        /// The two bits of the format information (L 01, M 00, Q 11, H 10).
        var formatBits: Int {
            switch self {
            case .low: 0b01
            case .medium: 0b00
            case .quartile: 0b11
            case .high: 0b10
            }
        }

        /// Row of the tables below.
        var tableIndex: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .quartile: 2
            case .high: 3
            }
        }
    }

    /// One of the eight data masks of the standard (numbered 0–7 by its mask pattern reference).
    public struct Mask: Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// The mask pattern reference, 0–7.
        public let number: Int

        /// The mask numbered `number`, or `nil` when `number` is not 0–7.
        public init?(_ number: Int) {
            guard (0...7).contains(number) else { return nil }
            self.number = number
        }

        private init(unchecked number: Int) { self.number = number }

        /// The eight masks, 0 to 7.
        public static let allCases: [Mask] = (0...7).map(Mask.init(unchecked:))

        /// "mask 0" to "mask 7".
        public var description: String { "mask \(number)" }

        /// Whether this mask inverts the module in column `x`, row `y` (the standard's `j` and `i`).
        func inverts(x: Int, y: Int) -> Bool {
            switch number {
            case 0: (y + x) % 2 == 0
            case 1: y % 2 == 0
            case 2: x % 3 == 0
            case 3: (y + x) % 3 == 0
            case 4: (y / 2 + x / 3) % 2 == 0
            case 5: (y * x) % 2 + (y * x) % 3 == 0
            case 6: ((y * x) % 2 + (y * x) % 3) % 2 == 0
            default: ((y + x) % 2 + (y * x) % 3) % 2 == 0
            }
        }
    }

    /// Why a text could not be encoded.
    public enum EncodingError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The text's `byteCount` UTF-8 bytes are more than the `capacity` (in bytes) of `version` at
        /// level `correction`; when the version was left to the encoder, `version` is 40.
        case tooLong(byteCount: Int, capacity: Int, version: Int, correction: Correction)
        /// A version outside 1–40 was asked for.
        case invalidVersion(Int)

        /// The problem in one English sentence.
        public var description: String {
            switch self {
            case .tooLong(let byteCount, let capacity, let version, let correction):
                "the text is \(byteCount) bytes in UTF-8, more than the \(capacity) bytes that a QR code "
                    + "of version \(version) holds at level \(correction)"
            case .invalidVersion(let version):
                "there is no QR code version \(version): versions run from 1 to 40"
            }
        }
    }

    /// The version, 1–40: the symbol is `17 + 4 × version` modules wide.
    public let version: Int
    /// The error-correction level.
    public let correction: Correction
    /// The data mask applied.
    public let mask: Mask
    /// The modules row by row, `true` for dark.
    private let grid: [Bool]

    /// The width and height of the symbol in modules, without the quiet zone.
    public var size: Int { Self.size(version) }

    /// Whether the module in column `x`, row `y` is dark; both run from 0 to `size - 1`.
    public func isDark(x: Int, y: Int) -> Bool {
        precondition((0..<size).contains(x) && (0..<size).contains(y), "module (\(x), \(y)) is outside the symbol")
        return grid[y * size + x]
    }

    /// The modules as rows (top to bottom) of columns (left to right), `true` for dark.
    public var modules: [[Bool]] {
        (0..<size).map { y in Array(grid[(y * size)..<((y + 1) * size)]) }
    }

    /// How many modules are dark.
    public var darkCount: Int { grid.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// Encodes `text` (as UTF-8, in byte mode) in the smallest version that holds it at `correction`,
    /// with the mask of lowest penalty.
    ///
    /// - Throws: `EncodingError.tooLong` when the text needs more bytes than version 40 holds at
    ///   this level (2953 at L, 2331 at M, 1663 at Q, 1273 at H).
    public init(encoding text: String, correction: Correction = .medium) throws(EncodingError) {
        try self.init(encoding: text, correction: correction, version: nil, mask: nil)
    }

    /// Encodes `text` (as UTF-8, in byte mode) at `correction` in the given `version` (the smallest
    /// that holds it when `nil`) with the given `mask` (the one of lowest penalty when `nil`).
    ///
    /// A fixed version or mask is for comparing with other encoders and for tests; readers accept
    /// any of them.
    ///
    /// - Throws: `EncodingError.invalidVersion` for a version outside 1–40, `EncodingError.tooLong`
    ///   when the text does not fit.
    public init(encoding text: String, correction: Correction, version: Int?, mask: Mask?) throws(EncodingError) {
        let bytes = Array(text.utf8)
        let chosen: Int
        if let version {
            guard (1...40).contains(version) else { throw .invalidVersion(version) }
            let capacity = Self.byteCapacity(version: version, correction: correction)
            guard bytes.count <= capacity else {
                throw .tooLong(byteCount: bytes.count, capacity: capacity, version: version, correction: correction)
            }
            chosen = version
        } else {
            guard
                let smallest = (1...40).first(where: {
                    Self.byteCapacity(version: $0, correction: correction) >= bytes.count
                })
            else {
                throw .tooLong(
                    byteCount: bytes.count, capacity: Self.byteCapacity(version: 40, correction: correction),
                    version: 40,
                    correction: correction)
            }
            chosen = smallest
        }
        let data = Self.dataCodewords(bytes, version: chosen, correction: correction)
        let codewords = Self.interleavedCodewords(data, version: chosen, correction: correction)
        var matrix = Matrix(version: chosen)
        matrix.drawFunctionPatterns()
        matrix.placeData(codewords)
        let masked: Matrix
        if let mask {
            masked = matrix.masked(with: mask, correction: correction)
        } else {
            var best: (matrix: Matrix, penalty: Int)?
            for candidate in Mask.allCases {
                let trial = matrix.masked(with: candidate, correction: correction)
                let penalty = Self.penalty(size: trial.size, modules: trial.dark)
                if best == nil || penalty < best!.penalty { best = (trial, penalty) }
            }
            masked = best!.matrix
        }
        self.version = chosen
        self.correction = correction
        self.mask = masked.mask!
        self.grid = masked.dark
    }
}

// MARK: - Capacity and the block structure

extension QRCode {
    /// The width of a symbol of `version` in modules.
    static func size(_ version: Int) -> Int { 17 + 4 * version }

    /// Error-correction codewords in each block, by level (L, M, Q, H) and version (1–40).
    static let ecCodewordsPerBlock: [[Int]] = [
        [
            7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
            28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
        [
            10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
            26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
        ],
        [
            13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
            28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
        [
            17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
            30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        ],
    ]

    /// Error-correction blocks, by level (L, M, Q, H) and version (1–40).
    static let blockCounts: [[Int]] = [
        [
            1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
            8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
        ],
        [
            1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
            17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
        ],
        [
            1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
            23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
        ],
        [
            1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
            25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
        ],
    ]

    /// The centres (in both directions) of the alignment patterns of `version`: none for version 1.
    ///
    /// The first is always 6 and the last `size - 7`; those between are evenly spaced by an even
    /// step, the spacing of the standard's Annex E table.
    static func alignmentCentres(_ version: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let last = size(version) - 7
        // The gaps from the last centre back to the second are equal and even; the first gap takes
        // what is left. Version 32 is the one where the standard rounds differently.
        let gaps = 2 * (count - 1)
        let step = version == 32 ? 26 : 2 * ((last - 6 + gaps - 1) / gaps)
        return [6] + (0..<(count - 1)).reversed().map { last - $0 * step }
    }

    /// Modules left for codewords (data, error correction and remainder bits) in `version`.
    static func dataModules(_ version: Int) -> Int {
        let side = size(version)
        // Finders with separators (3 × 64), timing (2 × (side − 16)), format (31 with the dark module).
        var modules = side * side - 3 * 64 - 2 * (side - 16) - 31
        let count = alignmentCentres(version).count
        if count > 0 {
            // count² patterns less the three under the finders; those on the timing lines share
            // 5 modules with them each.
            let patterns = count * count - 3
            let onTiming = 2 * (count - 2)
            modules -= patterns * 25 - onTiming * 5
        }
        if version >= 7 { modules -= 36 }
        return modules
    }

    /// All codewords of `version`: data and error correction.
    static func totalCodewords(_ version: Int) -> Int { dataModules(version) / 8 }

    /// Data codewords of `version` at `correction`.
    static func dataCodewordCount(version: Int, correction: Correction) -> Int {
        let row = correction.tableIndex
        return totalCodewords(version) - blockCounts[row][version - 1] * ecCodewordsPerBlock[row][version - 1]
    }

    /// Bits of the character count in byte mode.
    static func countBits(_ version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// The most UTF-8 bytes that `version` holds in byte mode at `correction`.
    public static func byteCapacity(version: Int, correction: Correction) -> Int {
        (dataCodewordCount(version: version, correction: correction) * 8 - 4 - countBits(version)) / 8
    }
}

// MARK: - Codewords

extension QRCode {
    /// The data codewords: mode, count, the bytes, the terminator and the padding.
    static func dataCodewords(_ bytes: [UInt8], version: Int, correction: Correction) -> [UInt8] {
        let capacity = dataCodewordCount(version: version, correction: correction) * 8
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: countBits(version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        precondition(bits.count <= capacity, "\(bytes.count) bytes do not fit version \(version)-\(correction)")
        bits.append(0, count: min(4, capacity - bits.count))
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity / 8 {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// The data split into blocks, each followed by its error correction, interleaved: the first
    /// codeword of every block, then the second, and so on, then the error correction the same way.
    static func interleavedCodewords(_ data: [UInt8], version: Int, correction: Correction) -> [UInt8] {
        let row = correction.tableIndex
        let blocks = blockCounts[row][version - 1]
        let ecCount = ecCodewordsPerBlock[row][version - 1]
        // The first blocks are one codeword shorter when the data does not divide evenly.
        let shortLength = data.count / blocks
        let longBlocks = data.count % blocks
        var dataBlocks: [[UInt8]] = []
        var start = 0
        for index in 0..<blocks {
            let length = shortLength + (index >= blocks - longBlocks ? 1 : 0)
            dataBlocks.append(Array(data[start..<(start + length)]))
            start += length
        }
        let ecBlocks = dataBlocks.map { ReedSolomon.remainder(of: $0, ecCount: ecCount) }
        var result: [UInt8] = []
        result.reserveCapacity(totalCodewords(version))
        for index in 0..<(shortLength + 1) {
            for block in dataBlocks where index < block.count { result.append(block[index]) }
        }
        for index in 0..<ecCount {
            for block in ecBlocks { result.append(block[index]) }
        }
        return result
    }

    /// Bits, most significant first, packed into bytes.
    struct BitBuffer {
        private(set) var bytes: [UInt8] = []
        private(set) var count = 0

        /// Appends the low `count` bits of `value`, the highest first.
        mutating func append(_ value: Int, count bitCount: Int) {
            for shift in stride(from: bitCount - 1, through: 0, by: -1) {
                if count % 8 == 0 { bytes.append(0) }
                if (value >> shift) & 1 == 1 { bytes[bytes.count - 1] |= 0x80 >> UInt8(count % 8) }
                count += 1
            }
        }
    }
}

/// Reed–Solomon error correction over GF(256) with the QR code's field polynomial
/// x⁸ + x⁴ + x³ + x² + 1 (0x11D) and generator polynomials with roots α⁰ … α^(n−1).
enum ReedSolomon {
    /// α^i for i in 0..<255 (and once more, so that a sum of two logarithms needs no reduction).
    static let exponents: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 510)
        var value = 1
        for index in 0..<255 {
            table[index] = UInt8(value)
            table[index + 255] = UInt8(value)
            value <<= 1
            if value & 0x100 != 0 { value ^= 0x11D }
        }
        return table
    }()

    /// log_α of 1…255 (index 0 is unused).
    static let logarithms: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for index in 0..<255 { table[Int(exponents[index])] = index }
        return table
    }()

    /// The product of `a` and `b` in GF(256).
    static func multiply(_ a: UInt8, _ b: UInt8) -> UInt8 {
        guard a != 0 && b != 0 else { return 0 }
        return exponents[logarithms[Int(a)] + logarithms[Int(b)]]
    }

    /// The coefficients of (x − α⁰)(x − α¹)…(x − α^(degree−1)), highest power first, without the
    /// leading 1.
    static func generator(degree: Int) -> [UInt8] {
        // Start from the polynomial 1 and multiply by (x + α^i) one root at a time.
        var coefficients: [UInt8] = [1]
        for root in 0..<degree {
            let factor = exponents[root]
            var next = [UInt8](repeating: 0, count: coefficients.count + 1)
            for (index, coefficient) in coefficients.enumerated() {
                next[index] ^= coefficient
                next[index + 1] ^= multiply(coefficient, factor)
            }
            coefficients = next
        }
        return Array(coefficients.dropFirst())
    }

    /// The `ecCount` error-correction codewords of `data`: the remainder of data(x) · x^ecCount
    /// divided by the generator polynomial of that degree.
    static func remainder(of data: [UInt8], ecCount: Int) -> [UInt8] {
        let divisor = generator(degree: ecCount)
        var remainder = [UInt8](repeating: 0, count: ecCount)
        for byte in data {
            let factor = byte ^ remainder[0]
            remainder.removeFirst()
            remainder.append(0)
            if factor != 0 {
                for index in 0..<ecCount { remainder[index] ^= multiply(divisor[index], factor) }
            }
        }
        return remainder
    }
}

// MARK: - The matrix

extension QRCode {
    /// The 15 bits of the format information for `correction` and `mask`: the five data bits, their
    /// BCH(15,5) remainder, XOR 101010000010010.
    static func formatBits(correction: Correction, mask: Mask) -> Int {
        let data = correction.formatBits << 3 | mask.number
        return (data << 10 | bchRemainder(data << 10, generator: 0b101_0011_0111, degree: 10)) ^ 0b101_0100_0001_0010
    }

    /// The 18 bits of the version information: six bits of version and their BCH(18,6) remainder.
    static func versionBits(_ version: Int) -> Int {
        version << 12 | bchRemainder(version << 12, generator: 0b1_1111_0010_0101, degree: 12)
    }

    /// The remainder of `value` divided by `generator` (of `degree`) as polynomials over GF(2).
    static func bchRemainder(_ value: Int, generator: Int, degree: Int) -> Int {
        var rest = value
        var bit = Int.bitWidth - 1 - rest.leadingZeroBitCount
        while bit >= degree {
            if rest >> bit & 1 == 1 { rest ^= generator << (bit - degree) }
            bit -= 1
        }
        return rest
    }

    /// A symbol under construction: its modules and which of them belong to function patterns.
    struct Matrix {
        let version: Int
        let size: Int
        var dark: [Bool]
        var isFunction: [Bool]
        var mask: Mask?

        init(version: Int) {
            self.version = version
            size = QRCode.size(version)
            dark = Array(repeating: false, count: size * size)
            isFunction = Array(repeating: false, count: size * size)
        }

        /// Sets a function module.
        mutating func setFunction(x: Int, y: Int, dark value: Bool) {
            dark[y * size + x] = value
            isFunction[y * size + x] = true
        }

        /// Finders with their separators, timing patterns, alignment patterns, the dark module and
        /// the version information; the format information's modules are reserved (light).
        mutating func drawFunctionPatterns() {
            for index in 0..<size {
                setFunction(x: 6, y: index, dark: index % 2 == 0)
                setFunction(x: index, y: 6, dark: index % 2 == 0)
            }
            // Each finder is 7 × 7 (rings at distance 0–1 dark, 2 light, 3 dark) with a light
            // separator ring at distance 4 where it falls inside the symbol.
            for (centreX, centreY) in [(3, 3), (size - 4, 3), (3, size - 4)] {
                for dy in -4...4 {
                    for dx in -4...4 {
                        let x = centreX + dx
                        let y = centreY + dy
                        guard (0..<size).contains(x) && (0..<size).contains(y) else { continue }
                        let ring = max(abs(dx), abs(dy))
                        setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
                    }
                }
            }
            let centres = QRCode.alignmentCentres(version)
            for (row, centreY) in centres.enumerated() {
                for (column, centreX) in centres.enumerated() {
                    // Not where a finder is: top-left, top-right and bottom-left.
                    let last = centres.count - 1
                    if (row == 0 && column == 0) || (row == 0 && column == last) || (row == last && column == 0) {
                        continue
                    }
                    for dy in -2...2 {
                        for dx in -2...2 {
                            setFunction(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
                        }
                    }
                }
            }
            drawFormat(0)
            if version >= 7 {
                let bits = QRCode.versionBits(version)
                for index in 0..<18 {
                    let value = bits >> index & 1 == 1
                    // Bottom-left block (6 wide, 3 high) and its transpose at the top right.
                    setFunction(x: index / 3, y: size - 11 + index % 3, dark: value)
                    setFunction(x: size - 11 + index % 3, y: index / 3, dark: value)
                }
            }
        }

        /// Writes the 15 format bits (bit 0 the least significant) in both copies, and the dark module.
        mutating func drawFormat(_ bits: Int) {
            func bit(_ index: Int) -> Bool { bits >> index & 1 == 1 }
            // Around the top-left finder: up column 8 from row 0, then left along row 8.
            for index in 0...5 { setFunction(x: 8, y: index, dark: bit(index)) }
            setFunction(x: 8, y: 7, dark: bit(6))
            setFunction(x: 8, y: 8, dark: bit(7))
            setFunction(x: 7, y: 8, dark: bit(8))
            for index in 9...14 { setFunction(x: 14 - index, y: 8, dark: bit(index)) }
            // Split over the other two finders: row 8 from the right edge, column 8 to the bottom.
            for index in 0...7 { setFunction(x: size - 1 - index, y: 8, dark: bit(index)) }
            for index in 8...14 { setFunction(x: 8, y: size - 15 + index, dark: bit(index)) }
            setFunction(x: 8, y: size - 8, dark: true)
        }

        /// Fills the modules that are not function modules with `codewords`, most significant bit
        /// first, in two-module columns zigzagging up and down from the bottom-right corner and
        /// skipping the vertical timing pattern; the remainder bits stay light.
        mutating func placeData(_ codewords: [UInt8]) {
            let bitCount = codewords.count * 8
            var bitIndex = 0
            var right = size - 1
            while right >= 1 {
                if right == 6 { right = 5 }
                let upward = (right + 1) & 2 == 0
                for step in 0..<size {
                    let y = upward ? size - 1 - step : step
                    for x in [right, right - 1] where !isFunction[y * size + x] {
                        if bitIndex < bitCount {
                            dark[y * size + x] = codewords[bitIndex / 8] >> (7 - bitIndex % 8) & 1 == 1
                            bitIndex += 1
                        }
                    }
                }
                right -= 2
            }
            precondition(bitIndex == bitCount, "placed \(bitIndex) of \(bitCount) bits")
        }

        /// This matrix with `mask` applied to the data modules and its format information written.
        func masked(with mask: Mask, correction: Correction) -> Matrix {
            var result = self
            for y in 0..<size {
                for x in 0..<size where !isFunction[y * size + x] && mask.inverts(x: x, y: y) {
                    result.dark[y * size + x].toggle()
                }
            }
            result.drawFormat(QRCode.formatBits(correction: correction, mask: mask))
            result.mask = mask
            return result
        }
    }
}

// MARK: - Mask penalty

extension QRCode {
    /// The penalty of a masked symbol under the standard's four rules (lower is better):
    /// 1. each run of five or more modules of one colour in a row or column: 3 + (length − 5);
    /// 2. each 2 × 2 block of one colour (blocks may overlap): 3;
    /// 3. each dark-light-dark-dark-dark-light-dark run (1:1:3:1:1) in a row or column with four
    ///    light modules before or after it (outside the symbol counts as light): 40;
    /// 4. 10 for every full 5 % by which the share of dark modules deviates from 50 %.
    static func penalty(size: Int, modules: [Bool]) -> Int {
        func line(_ index: Int, vertical: Bool) -> [Bool] {
            (0..<size).map { vertical ? modules[$0 * size + index] : modules[index * size + $0] }
        }
        var total = 0
        let finderBefore: [Bool] = [false, false, false, false, true, false, true, true, true, false, true]
        let finderAfter = Array(finderBefore.reversed())
        for index in 0..<size {
            for vertical in [false, true] {
                let modules = line(index, vertical: vertical)
                var run = 1
                for position in 1...size {
                    if position < size && modules[position] == modules[position - 1] {
                        run += 1
                    } else {
                        if run >= 5 { total += 3 + (run - 5) }
                        run = 1
                    }
                }
                let padded = Array(repeating: false, count: 4) + modules + Array(repeating: false, count: 4)
                for start in 0...(padded.count - 11) {
                    let window = padded[start..<(start + 11)]
                    if window.elementsEqual(finderBefore) || window.elementsEqual(finderAfter) { total += 40 }
                }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let colour = modules[y * size + x]
                if modules[y * size + x + 1] == colour && modules[(y + 1) * size + x] == colour
                    && modules[(y + 1) * size + x + 1] == colour
                {
                    total += 3
                }
            }
        }
        let darkCount = modules.reduce(0) { $0 + ($1 ? 1 : 0) }
        let count = modules.count
        // |dark/count − 1/2| in steps of 1/20, floored: |20·dark − 10·count| / count.
        total += 10 * (abs(20 * darkCount - 10 * count) / count)
        return total
    }
}
