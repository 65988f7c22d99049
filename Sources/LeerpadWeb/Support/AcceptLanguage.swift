import Foundation
import LeerpadCore

/// Reads the HTTP `Accept-Language` header (RFC 9110 §12.5.4).
enum AcceptLanguage {
    /// The best match for the header or a tag such as `en-GB`.
    ///
    /// Tags are ranked by their `q` weight, then by their order; Dutch when none is understood.
    static func preferred(_ header: String?) -> Language {
        guard let header else { return .default }
        let ranked = header.split(separator: ",").enumerated()
            .compactMap { index, part -> (tag: String, quality: Double, index: Int)? in
                let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { return nil }
                let quality =
                    pieces.dropFirst().first { $0.hasPrefix("q=") }
                    .flatMap { Double($0.dropFirst(2)) } ?? 1
                return (tag, quality, index)
            }
            .sorted { $0.quality != $1.quality ? $0.quality > $1.quality : $0.index < $1.index }
        for candidate in ranked where candidate.quality > 0 {
            let primary = candidate.tag.split(separator: "-").first.map(String.init) ?? candidate.tag
            if let language = Language(rawValue: primary) { return language }
        }
        return .default
    }
}
