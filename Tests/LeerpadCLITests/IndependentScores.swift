import Foundation

/// Recomputes subdimension scores straight from a CSV file, sharing no code with Leerpad's
/// reader or scoring: the mean over respondents of each respondent's mean Likert answer
/// (reversed statements as 6 − answer) on the subdimension's statements.
enum IndependentScores {
    static func compute(csv url: URL, subdimensionOf: [String: String], reversed: Set<String>) throws -> [String:
        Double]
    {
        var text = try String(contentsOf: url, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
        let separator: Character = lines[0].filter { $0 == ";" }.count > lines[0].filter { $0 == "," }.count ? ";" : ","
        let header = split(lines[0], by: separator)
        var perSubdimension: [String: [Double]] = [:]
        for line in lines.dropFirst() {
            let cells = split(line, by: separator)
            var values: [String: [Double]] = [:]
            for (column, cell) in zip(header, cells) {
                guard let subdimension = subdimensionOf[column], let answer = Int(cell) else { continue }
                values[subdimension, default: []].append(Double(reversed.contains(column) ? 6 - answer : answer))
            }
            for (subdimension, answers) in values {
                perSubdimension[subdimension, default: []].append(answers.reduce(0, +) / Double(answers.count))
            }
        }
        return perSubdimension.mapValues { $0.reduce(0, +) / Double($0.count) }
    }

    private static func split(_ line: String, by separator: Character) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == separator, !quoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        cells.append(cell)
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
