import ArgumentParser
import Foundation
import LeerpadContent

/// Finds the Content directory for a command, turning failure into a clear message.
enum ContentLocation {
    /// The directory at `path`, or the one ``ContentDirectory/locate`` finds.
    static func directory(_ path: String?) throws -> ContentDirectory {
        if let path { return ContentDirectory(url: URL(fileURLWithPath: path)) }
        do {
            return try ContentDirectory.locate()
        } catch {
            printError(error.errorDescription ?? "\(error)")
            throw ExitCode.failure
        }
    }
}

/// Writes `message` and a newline to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
