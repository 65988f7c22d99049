import ArgumentParser
import LeerpadContent

/// The option that chooses the Content directory: `--content`.
struct ContentDirectoryOptions: ParsableArguments {
    @Option(help: "The Content directory (default: ./Content or LEERPAD_CONTENT).")
    var content: String?

    /// The Content directory.
    func directory() throws -> ContentDirectory {
        try ContentLocation.directory(content)
    }
}
