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
            throw WebError.badRequest("the form is not UTF-8 text")
        }
        let form = try FormData(urlEncoded: text[...])
        try CSRF.check(form["csrf"], context: context)
        return form
    }

    /// The query as form data.
    var query: FormData {
        (try? FormData(urlEncoded: (uri.query ?? "")[...])) ?? FormData()
    }
}

/// Cross-site request forgery protection: a random token in an HttpOnly SameSite=Lax cookie
/// that every form repeats in a hidden field (double submit).
enum CSRF {
    static func check(_ submitted: String?, context: WebRequestContext) throws(WebError) {
        guard !context.csrfIsNew, let submitted, Tokens.equal(submitted, context.csrfToken) else {
            throw WebError(
                .forbidden,
                context.language.message(.formExpired),
                field: "csrf")
        }
    }

    /// The hidden field every form carries.
    static func field(_ context: WebRequestContext) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(context.csrfToken)\">"
    }
}

/// One part of a `multipart/form-data` body.
struct MultipartPart: Sendable {
    var name: String
    var fileName: String?
    var data: Data
}

/// A small `multipart/form-data` reader for the catalogue upload form.
enum Multipart {
    static func parse(_ body: Data, contentType: String) throws(WebError) -> [MultipartPart] {
        guard let range = contentType.range(of: "boundary=") else {
            throw .badRequest("multipart body without boundary")
        }
        var boundary = String(contentType[range.upperBound...].prefix { $0 != ";" })
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
            boundary = String(boundary.dropFirst().dropLast())
        }
        guard !boundary.isEmpty, boundary.count <= 70 else { throw .badRequest("invalid multipart boundary") }
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [MultipartPart] = []
        var searchStart = body.startIndex
        guard var current = body.range(of: delimiter, in: searchStart..<body.endIndex) else {
            throw .badRequest("multipart body without parts")
        }
        while true {
            searchStart = current.upperBound
            // "--" after the delimiter ends the body.
            if body[searchStart...].starts(with: Data("--".utf8)) { break }
            guard let next = body.range(of: delimiter, in: searchStart..<body.endIndex) else {
                throw .badRequest("multipart body is not terminated")
            }
            var part = body[searchStart..<next.lowerBound]
            if part.starts(with: Data("\r\n".utf8)) { part = part.dropFirst(2) }
            if part.suffix(2) == Data("\r\n".utf8) { part = part.dropLast(2) }
            guard let split = part.range(of: Data("\r\n\r\n".utf8)) else {
                throw .badRequest("multipart part without headers")
            }
            let headerText = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            var name: String?
            var fileName: String?
            for line in headerText.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                fileName = parameter("filename", in: line)
            }
            guard let name else { throw .badRequest("multipart part without a name") }
            parts.append(MultipartPart(name: name, fileName: fileName, data: Data(part[split.upperBound...])))
            current = next
        }
        return parts
    }

    private static func parameter(_ key: String, in line: Substring) -> String? {
        for piece in line.split(separator: ";") {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("\(key)=\"") && trimmed.hasSuffix("\"") {
                return String(trimmed.dropFirst(key.count + 2).dropLast())
            }
        }
        return nil
    }
}
