import Foundation

/// Where a PostgreSQL database is and how to sign in to it, as `--db` and `LEERPAD_DB` name it:
/// `postgres://USER:PASSWORD@HOST:PORT/DATABASE[?sslmode=disable|prefer|require|verify-full]`
/// (`postgresql://` too). User and password are percent-decoded; the port defaults to 5432.
///
/// `sslmode` follows libpq: `disable` never uses TLS; `prefer` (the default) uses TLS when the
/// server offers it; `require` refuses a connection without TLS but, like libpq, does not check
/// the server's certificate; `verify-full` also checks the certificate against the system's
/// trusted roots and the host name.
public struct PostgresURL: Sendable, Equatable, CustomStringConvertible {
    /// Whether and how the connection uses TLS.
    public enum SSLMode: String, Sendable, Equatable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    /// The user name (decoded).
    public var user: String
    /// The password (decoded), if any.
    public var password: String?
    /// The server's host name or address (an IPv6 address without its brackets).
    public var host: String
    /// The server's port.
    public var port: Int
    /// The database's name (decoded).
    public var database: String
    /// Whether and how TLS is used.
    public var sslMode: SSLMode

    /// Creates a URL from its parts.
    public init(
        user: String, password: String?, host: String, port: Int = 5432, database: String, sslMode: SSLMode = .prefer
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database
        self.sslMode = sslMode
    }

    /// Reads `postgres://USER:PASSWORD@HOST:PORT/DATABASE[?sslmode=…]`; the error names the part
    /// that is wrong (and never shows the password).
    public init(parsing text: String) throws(StoreError) {
        func wrong(_ part: String, _ reason: String) -> StoreError {
            .invalidValue(field: "PostgreSQL URL \(part)", reason: reason)
        }
        let lowered = text.lowercased()
        let rest: Substring
        if lowered.hasPrefix("postgres://") {
            rest = text.dropFirst("postgres://".count)
        } else if lowered.hasPrefix("postgresql://") {
            rest = text.dropFirst("postgresql://".count)
        } else {
            throw wrong("scheme", "must start with postgres:// or postgresql://")
        }
        // Split off the query, then the path (the database), then the credentials at the last '@'
        // (a password may hold an '@' only percent-encoded, but be lenient and split at the last one).
        let query: Substring?
        var main = rest
        if let mark = main.firstIndex(of: "?") {
            query = main[main.index(after: mark)...]
            main = main[..<mark]
        } else {
            query = nil
        }
        guard let slash = main.firstIndex(of: "/") else {
            throw wrong("database", "is missing (…@HOST:PORT/DATABASE)")
        }
        let authority = main[..<slash]
        let path = main[main.index(after: slash)...]
        guard let at = authority.lastIndex(of: "@") else {
            throw wrong("user", "is missing (postgres://USER:PASSWORD@HOST…)")
        }
        let credentials = authority[..<at]
        let hostPort = authority[authority.index(after: at)...]

        let rawUser: Substring
        let rawPassword: Substring?
        if let colon = credentials.firstIndex(of: ":") {
            rawUser = credentials[..<colon]
            rawPassword = credentials[credentials.index(after: colon)...]
        } else {
            rawUser = credentials
            rawPassword = nil
        }
        guard let user = String(rawUser).removingPercentEncoding, !user.isEmpty else {
            throw wrong("user", rawUser.isEmpty ? "is empty" : "has a broken percent-encoding")
        }
        var password: String?
        if let rawPassword {
            guard let decoded = String(rawPassword).removingPercentEncoding else {
                throw wrong("password", "has a broken percent-encoding")
            }
            password = decoded
        }

        var host: Substring
        var portText: Substring?
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw wrong("host", "has an unclosed '['") }
            host = hostPort[hostPort.index(after: hostPort.startIndex)..<close]
            let after = hostPort[hostPort.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw wrong("port", "must follow the host after ':'") }
                portText = after.dropFirst()
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = hostPort[..<colon]
            portText = hostPort[hostPort.index(after: colon)...]
        } else {
            host = hostPort
        }
        guard !host.isEmpty else { throw wrong("host", "is empty") }
        guard let decodedHost = String(host).removingPercentEncoding else {
            throw wrong("host", "has a broken percent-encoding")
        }
        var port = 5432
        if let portText {
            guard let number = Int(portText), (1...65_535).contains(number) else {
                throw wrong("port", "'\(portText)' is not a port number (1–65535)")
            }
            port = number
        }
        guard let database = String(path).removingPercentEncoding, !database.isEmpty, !database.contains("/")
        else {
            throw wrong("database", path.isEmpty ? "is missing (…@HOST:PORT/DATABASE)" : "'\(path)' is not a name")
        }

        var sslMode = SSLMode.prefer
        for pair in (query ?? "").split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(parts[0]).lowercased()
            let value = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
            guard key == "sslmode" else {
                throw wrong("option", "'\(parts[0])' is not supported (only sslmode)")
            }
            guard let mode = SSLMode(rawValue: value.lowercased()) else {
                throw wrong(
                    "sslmode", "'\(value)' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            sslMode = mode
        }
        self.init(
            user: user, password: password, host: decodedHost, port: port, database: database, sslMode: sslMode)
    }

    /// The URL without its password, for messages and logs.
    public var redacted: String { render(password: password == nil ? nil : "***") }

    /// The same as ``redacted``: a URL is never printed with its password.
    public var description: String { redacted }

    /// The URL with its password, percent-encoded as needed (to hand to another process).
    public var unredacted: String { render(password: password.map(Self.encode)) }

    /// The same server and credentials, another database.
    public func database(_ name: String) -> PostgresURL {
        var copy = self
        copy.database = name
        return copy
    }

    private func render(password: String?) -> String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let credentials = Self.encode(user) + (password.map { ":" + $0 } ?? "")
        let query = sslMode == .prefer ? "" : "?sslmode=\(sslMode.rawValue)"
        return "postgres://\(credentials)@\(hostPart):\(port)/\(Self.encode(database))\(query)"
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
