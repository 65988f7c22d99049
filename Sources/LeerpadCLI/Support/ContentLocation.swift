import ArgumentParser
import Foundation
import LeerpadContent
import LeerpadCore

/// Finds and reads Content for a command, turning failure into a clear message.
enum ContentLocation {
    /// The directory at `path`, or the one ``ContentDirectory/locate`` finds.
    static func directory(_ path: String?) throws -> ContentDirectory {
        if let path { return ContentDirectory(url: URL(fileURLWithPath: path)) }
        return try reporting { () throws(ContentError) in try ContentDirectory.locate() }
    }

    /// Runs `body`; a Content error is printed (file:line:column per problem) and ends the command.
    static func reporting<T>(_ body: () throws(ContentError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.errorDescription ?? "\(error)")
            throw ExitCode.failure
        }
    }
}
