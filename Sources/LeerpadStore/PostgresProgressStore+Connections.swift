import Foundation
import PostgresNIO

/// A small pool of PostgreSQL connections used synchronously: the store's protocols are
/// synchronous, the driver is not.
///
/// The connections live on an event-loop group of their own, and a caller waits for a result
/// with `EventLoopFuture.wait()` on its own thread, never on one of that group's threads. So a
/// call from a Swift-concurrency task blocks that task's thread for the length of the query, but
/// nothing it waits for needs the cooperative pool: no deadlock, however few cores there are.
///
/// Up to `capacity` connections are open at once; a caller that finds them all in use waits for
/// one. A connection found closed is replaced; a read, or a transaction that had not reached its
/// COMMIT, that fails because the connection broke is run once more on a new connection.
final class PostgresConnectionPool: @unchecked Sendable {
    let url: PostgresURL
    let capacity: Int
    private let group: MultiThreadedEventLoopGroup
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger
    private let condition = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    private var nextID = 1
    private var closed = false

    init(url: PostgresURL, capacity: Int = 8) throws(StoreError) {
        self.url = url
        self.capacity = capacity
        // The driver logs at debug and trace; the store reports its failures as StoreErrors.
        var logger = Logger(label: "leerpad.postgres")
        logger.logLevel = .critical
        self.logger = logger
        let tls: PostgresConnection.Configuration.TLS
        do {
            switch url.sslMode {
            case .disable:
                tls = .disable
            case .prefer, .require:
                // As libpq: `require` insists on TLS but does not check the certificate.
                var settings = TLSConfiguration.makeClientConfiguration()
                settings.certificateVerification = .none
                let context = try NIOSSLContext(configuration: settings)
                tls = url.sslMode == .require ? .require(context) : .prefer(context)
            case .verifyFull:
                let context = try NIOSSLContext(configuration: .makeClientConfiguration())
                tls = .require(context)
            }
        } catch {
            throw .database(path: url.redacted, reason: "TLS cannot be set up: \(error)")
        }
        var configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.user, password: url.password, database: url.database,
            tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        if url.sslMode == .verifyFull { configuration.options.tlsServerName = url.host }
        self.configuration = configuration
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    }

    deinit {
        close()
    }

    /// Closes every connection and stops the event-loop group; later calls fail.
    func close() {
        condition.lock()
        if closed {
            condition.unlock()
            return
        }
        closed = true
        let connections = idle
        idle = []
        condition.broadcast()
        condition.unlock()
        for connection in connections { try? connection.close().wait() }
        try? group.syncShutdownGracefully()
    }

    /// Runs `body` on one connection of the pool (waiting for one when all are in use).
    ///
    /// When the connection breaks under `body` and `retryable` says the work may be redone (a
    /// read, or a transaction not yet committing), it runs once more on a new connection.
    func withConnection<T>(
        _ body: (PostgresSession) throws -> T
    ) throws -> T {
        var renewed = false
        while true {
            let connection = try lease()
            let session = PostgresSession(connection: connection, logger: logger)
            do {
                let result = try body(session)
                release(connection, broken: false)
                return result
            } catch {
                let broken = connection.isClosed || Self.isConnectionFailure(error)
                release(connection, broken: broken)
                if broken, !renewed, !session.committing {
                    renewed = true
                    continue
                }
                throw error
            }
        }
    }

    /// Opens a connection outside the pool (for the migration lock, which is held by one session).
    func withDedicatedConnection<T>(_ body: (PostgresSession) throws -> T) throws -> T {
        let connection = try connect()
        defer { try? connection.close().wait() }
        return try body(PostgresSession(connection: connection, logger: logger))
    }

    // MARK: Leasing

    private func lease() throws -> PostgresConnection {
        condition.lock()
        while true {
            if closed {
                condition.unlock()
                throw StoreError.database(path: url.redacted, reason: "the store is closed")
            }
            if let connection = idle.popLast() {
                if connection.isClosed {
                    open -= 1
                    continue
                }
                condition.unlock()
                return connection
            }
            if open < capacity {
                open += 1
                condition.unlock()
                do {
                    return try connect()
                } catch {
                    condition.lock()
                    open -= 1
                    condition.signal()
                    condition.unlock()
                    throw error
                }
            }
            condition.wait()
        }
    }

    private func release(_ connection: PostgresConnection, broken: Bool) {
        condition.lock()
        if broken || closed || connection.isClosed {
            open -= 1
            condition.signal()
            condition.unlock()
            try? connection.close().wait()
            return
        }
        idle.append(connection)
        condition.signal()
        condition.unlock()
    }

    private func connect() throws -> PostgresConnection {
        condition.lock()
        let id = nextID
        nextID += 1
        condition.unlock()
        do {
            return try PostgresConnection.connect(
                on: group.next(), configuration: configuration, id: id, logger: logger
            ).wait()
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "3D000" {
            // invalid_catalog_name: the server is there, the database is not.
            throw StoreError.noDatabase(path: url.redacted)
        } catch {
            throw StoreError.database(
                path: url.redacted, reason: "cannot connect: \(PostgresProgressStore.describe(error))")
        }
    }

    /// Whether `error` says the connection itself failed (not the statement).
    static func isConnectionFailure(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError else { return error is ChannelError || error is IOError }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown:
            return true
        default:
            return false
        }
    }
}

/// One leased connection, used synchronously by one caller at a time.
final class PostgresSession {
    let connection: PostgresConnection
    let logger: Logger
    /// Set once a COMMIT was sent: if the connection breaks now, whether the work was kept is
    /// unknown, so it is not run again.
    var committing = false

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// Runs one statement with `binds` as $1, $2, … and returns every row.
    @discardableResult
    func query(_ sql: String, _ binds: [any PostgresBindable] = []) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds { bind.bind(into: &bindings) }
        return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
    }

    /// The rows of one statement.
    func rows(_ sql: String, _ binds: [any PostgresBindable] = []) throws -> [PostgresStoreRow] {
        try query(sql, binds).rows.map(PostgresStoreRow.init)
    }

    /// The first row of one statement, if any.
    func row(_ sql: String, _ binds: [any PostgresBindable] = []) throws -> PostgresStoreRow? {
        try query(sql, binds).rows.first.map(PostgresStoreRow.init)
    }

    /// Runs one statement and returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ binds: [any PostgresBindable] = []) throws -> Int {
        try query(sql, binds).metadata.rows ?? 0
    }
}
