import Foundation
import Hummingbird
import LeerpadCore

/// A decoded form (`application/x-www-form-urlencoded` or a query): every value per name.
struct FormData: Sendable {
    private(set) var values: [String: [String]] = [:]

    init(values: [String: [String]] = [:]) { self.values = values }

    /// Parses `a=1&b=x+y` with percent-decoding; malformed escapes are refused.
    init(urlEncoded text: Substring) throws(WebError) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw .badRequest("malformed form encoding", field: String(parts[0].prefix(40)))
            }
            values[name, default: []].append(value)
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    subscript(_ name: String) -> String? { values[name]?.first }

    /// All values of `name`.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    mutating func set(_ name: String, _ value: String) { values[name] = [value] }
}

extension Request {
    /// Reads a form body of at most `limit` bytes and checks its CSRF token against the cookie's.
    func form(context: WebRequestContext, limit: Int = WebLimits.maximumForm) async throws -> FormData {
        let type = headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else {
            throw WebError(
                .unsupportedMediaType,
                context.language.message(.expectedForm))
        }
        let buffer = try await body.collect(upTo: limit)
        guard let text = buffer.getString(at: buffer.readerIndex, length: buffer.readableBytes) else {
            throw WebError.badRequest(context.language.message(.formNotUTF8))
        }
        let form: FormData
        do {
            form = try FormData(urlEncoded: text[...])
        } catch {
            throw WebError.badRequest(context.language.message(.malformedForm), field: error.field)
        }
        try CSRF.check(form["csrf"], context: context)
        return form
    }

    /// The query as form data.
    var query: FormData {
        (try? FormData(urlEncoded: (uri.query ?? "")[...])) ?? FormData()
    }
}
