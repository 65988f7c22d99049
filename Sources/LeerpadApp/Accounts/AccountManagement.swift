import Foundation
import HummingbirdBcrypt
import LeerpadCore
import LeerpadStore

extension Leerpad {
    /// Passwords are 8–72 bytes: bcrypt reads no further than 72.
    public static let passwordLength = 8...72
    /// A session ends after this long without use: 8 hours.
    public static let sessionIdleLimit: TimeInterval = 8 * 3600

    /// Adds a coordinator's account with `password` (bcrypt-hashed; the password is not kept).
    @discardableResult
    public func addAccount(name: String, role: AccountRole, municipality: String?, password: String)
        throws(AppError) -> Account
    {
        try checkPassword(password)
        if role == .admin, municipality != nil { throw .adminWithMunicipality }
        let hash = Bcrypt.hash(password, cost: passwordCost)
        return try storing { store throws(StoreError) in
            try store.addAccount(name: name, role: role, municipality: municipality, passwordHash: hash)
        }
    }

    /// Every account, by name.
    public func accounts() throws(AppError) -> [Account] {
        try storing { store throws(StoreError) in try store.accounts() }
    }

    /// Gives the account called `name` a new password and ends its sessions but `keeping`.
    public func changePassword(of name: String, to password: String, keeping session: String? = nil)
        throws(AppError)
    {
        try checkPassword(password)
        guard let account = try storing({ store throws(StoreError) in try store.account(named: name) }) else {
            throw .store(.unknownAccount(name))
        }
        let hash = Bcrypt.hash(password, cost: passwordCost)
        try storing { store throws(StoreError) in
            try store.setPasswordHash(accountID: account.id, hash, keeping: session)
        }
    }

    /// Removes the account called `name` and ends its sessions.
    public func removeAccount(named name: String) throws(AppError) {
        try storing { store throws(StoreError) in try store.removeAccount(named: name) }
    }

    /// The account whose name and password these are, or `nil`.
    ///
    /// An unknown name costs the same bcrypt work as a known one, so the time taken does not tell
    /// whether a name exists.
    public func authenticate(name: String, password: String) throws(AppError) -> Account? {
        let account = try storing { store throws(StoreError) in
            try store.account(named: String(name.prefix(100)))
        }
        let hash = account?.passwordHash ?? Self.decoyHash(cost: passwordCost)
        let matches = Self.passwordLength.contains(password.utf8.count) && Bcrypt.verify(password, hash: hash)
        return matches ? account : nil
    }

    /// Starts a session for `account`; returns its token (256 random bits as 64 hex digits) for the cookie.
    public func startSession(for account: Account) throws(AppError) -> String {
        let token = (0..<4).map { _ in
            let hex = String(random.next(), radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
        try storing { store throws(StoreError) in
            try store.startSession(token: token, accountID: account.id, idleLimit: Self.sessionIdleLimit)
        }
        return token
    }

    /// The account of a live session, if `token` is one.
    public func sessionAccount(token: String) throws(AppError) -> Account? {
        guard !token.isEmpty, token.count <= 64 else { return nil }
        return try storing { store throws(StoreError) in
            try store.sessionAccount(token: token, idleLimit: Self.sessionIdleLimit)
        }
    }

    /// Ends the session of `token`.
    public func endSession(token: String) throws(AppError) {
        try storing { store throws(StoreError) in try store.endSession(token: token) }
    }

    /// On a database without accounts, creates the admin `name` with `password`; returns it, or
    /// `nil` when accounts exist already.
    public func createFirstAdmin(name: String, password: String) throws(AppError) -> Account? {
        guard try accounts().isEmpty else { return nil }
        return try addAccount(name: name, role: .admin, municipality: nil, password: password)
    }

    /// A random password of 16 letters and digits, easy to type.
    public func makePassword() -> String {
        random.string(length: 16, from: Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    }

    private func checkPassword(_ password: String) throws(AppError) {
        guard Self.passwordLength.contains(password.utf8.count) else { throw .weakPassword }
    }

    /// A hash of a password nobody has, per cost, to spend the same time on unknown names.
    private static func decoyHash(cost: UInt8) -> String { decoys.hash(cost: cost) }

    private static let decoys = DecoyHashes()
}

/// Bcrypt hashes of random passwords, one per cost, made once.
private final class DecoyHashes: @unchecked Sendable {
    private let lock = NSLock()
    private var hashes: [UInt8: String] = [:]

    func hash(cost: UInt8) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let hash = hashes[cost] { return hash }
        let hash = Bcrypt.hash(UUID().uuidString, cost: cost)
        hashes[cost] = hash
        return hash
    }
}
