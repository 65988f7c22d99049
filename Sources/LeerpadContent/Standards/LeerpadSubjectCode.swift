import Foundation
import LeerpadCore

/// Leerpad's own fields, written as `leerpad:` codes where a standard has no element for
/// them: `dc:subject` in XCRI-CAP, `searchword` in EDU-DEX.
///
/// | code | meaning |
/// |---|---|
/// | `leerpad:raises:SUBDIMENSION:LEVEL` | the module raises SUBDIMENSION to LEVEL |
/// | `leerpad:competency:FRAMEWORK:CODE[:URI]` | a competency tag (CODE and URI percent-encoded) |
/// | `leerpad:format:FORMAT` | e-learning, classroom, workshop or coaching |
/// | `leerpad:language:LANG` | nl or en |
/// | `leerpad:hours:HOURS` | study hours per person (decimal) |
/// | `leerpad:cost:EUROS` | price per person in euros (decimal) |
/// | `leerpad:max-group-size:N` | the largest group one run takes |
/// | `leerpad:prerequisite:MODULE` | a module to complete first (EDU-DEX only; XCRI uses mlo:prerequisite) |
/// | `leerpad:fictional` | the provider is invented (XCRI: provider `dc:type`) |
enum LeerpadSubjectCode: Hashable {
    case raises(LevelTarget)
    case competency(Competency)
    case format(ModuleFormat)
    case language(Language)
    case hours(Double)
    case cost(Euros)
    case maxGroupSize(Int)
    case prerequisite(String)
    case fictional

    static let prefix = "leerpad:"

    /// The code as text.
    var text: String {
        switch self {
        case .raises(let target): "leerpad:raises:\(target.subdimensionID):\(target.level)"
        case .competency(let competency):
            "leerpad:competency:\(Self.encode(competency.framework)):\(Self.encode(competency.code))"
                + (competency.uri.map { ":" + Self.encode($0) } ?? "")
        case .format(let format): "leerpad:format:\(format.rawValue)"
        case .language(let language): "leerpad:language:\(language.rawValue)"
        case .hours(let hours): "leerpad:hours:\(DecimalText.string(hours))"
        case .cost(let cost): "leerpad:cost:\(cost.description)"
        case .maxGroupSize(let size): "leerpad:max-group-size:\(size)"
        case .prerequisite(let id): "leerpad:prerequisite:\(id)"
        case .fictional: "leerpad:fictional"
        }
    }

    /// Parses `text`: `nil` when it is not a `leerpad:` code at all, `.failure` with a
    /// reason when it is one but malformed.
    static func parse(_ text: String) -> Result<LeerpadSubjectCode, ParseFailure>? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix(prefix) else { return nil }
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let failure = Result<LeerpadSubjectCode, ParseFailure>.failure(ParseFailure(code: trimmed))
        switch (parts.count, parts.count > 1 ? parts[1] : "") {
        case (4, "raises"):
            guard let level = Int(parts[3]), level > 0, !parts[2].isEmpty else { return failure }
            return .success(.raises(LevelTarget(subdimensionID: parts[2], level: level)))
        case (4, "competency"), (5, "competency"):
            guard let framework = parts[2].removingPercentEncoding, let code = parts[3].removingPercentEncoding,
                !code.isEmpty
            else { return failure }
            let uri = parts.count == 5 ? parts[4].removingPercentEncoding : nil
            if parts.count == 5, uri == nil { return failure }
            return .success(.competency(Competency(framework: framework, code: code, uri: uri)))
        case (3, "format"):
            return ModuleFormat(rawValue: parts[2]).map { .success(.format($0)) } ?? failure
        case (3, "language"):
            return Language(rawValue: parts[2]).map { .success(.language($0)) } ?? failure
        case (3, "hours"):
            guard let hours = DecimalText.double(parts[2]), hours > 0 else { return failure }
            return .success(.hours(hours))
        case (3, "cost"):
            return Euros(decimal: parts[2]).map { .success(.cost($0)) } ?? failure
        case (3, "max-group-size"):
            guard let size = Int(parts[2]), size > 0 else { return failure }
            return .success(.maxGroupSize(size))
        case (3, "prerequisite"):
            return parts[2].isEmpty ? failure : .success(.prerequisite(parts[2]))
        case (2, "fictional"):
            return .success(.fictional)
        default:
            return failure
        }
    }

    /// A `leerpad:` code that could not be read.
    struct ParseFailure: Error, Hashable {
        let code: String
        var message: String { "'\(code)' is not a valid Leerpad code (see the leerpad: code table in README.md)" }
    }

    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    private static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }
}
