import ArgumentParser
import Foundation
import LeerpadApp

/// `--lrs URL --lrs-user U --lrs-password-stdin`: where statements go. The password is read
/// from standard input (one line), never from the command line, so it stays out of shell
/// history and process lists.
struct LRSOptions: ParsableArguments {
    @Option(help: "The LRS's xAPI base address; statements are POSTed to URL/statements.")
    var lrs: String?

    @Option(help: "The LRS user (Basic auth).")
    var lrsUser: String?

    @Flag(help: "Read the LRS password from the first line of standard input.")
    var lrsPasswordStdin = false

    /// The connection, or `nil` without `--lrs`.
    func connection() -> LRSConnection? {
        guard let lrs else { return nil }
        var password: String?
        if lrsPasswordStdin { password = readLine(strippingNewline: true) }
        return LRSConnection(url: lrs, username: lrsUser, password: password)
    }
}
