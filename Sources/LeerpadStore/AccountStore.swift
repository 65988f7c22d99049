import Foundation

/// Where coordinators' accounts and their signed-in sessions are kept, so that a session
/// survives a restart and is valid on every server process that uses the same database.
public protocol AccountStore: Sendable {
    /// Adds an account; its name must be new.
    func addAccount(name: String, role: AccountRole, municipality: String?, passwordHash: String) throws(StoreError)
        -> Account
    /// Every account, by name.
    func accounts() throws(StoreError) -> [Account]
    /// The account called `name` (case-insensitive), if any.
    func account(named name: String) throws(StoreError) -> Account?
    /// Replaces the account's password hash and ends all its sessions but `keeping`.
    func setPasswordHash(accountID: Int64, _ hash: String, keeping session: String?) throws(StoreError)
    /// Removes the account called `name` and its sessions.
    func removeAccount(named name: String) throws(StoreError)
    /// Starts a session under `token` for the account, and removes every session (of anyone)
    /// unused for `idleLimit` seconds, so that expired sessions do not pile up.
    func startSession(token: String, accountID: Int64, idleLimit: TimeInterval) throws(StoreError)
    /// The account of a live session: one used within `idleLimit` seconds. A live session's
    /// last use becomes now; an expired one is removed.
    func sessionAccount(token: String, idleLimit: TimeInterval) throws(StoreError) -> Account?
    /// Ends the session of `token`.
    func endSession(token: String) throws(StoreError)
}
