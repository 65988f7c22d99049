import ArgumentParser
import Foundation
import LeerpadContent
import LeerpadCore

/// The options that choose the Content directory and the model: `--content`, `--model`.
struct ContentOptions: ParsableArguments {
    @OptionGroup var location: ContentDirectoryOptions

    @Option(help: "A model file to use instead of Content/model.xml.")
    var model: String?

    /// The Content directory.
    func directory() throws -> ContentDirectory {
        try location.directory()
    }

    /// The model.
    func loadModel() throws -> MaturityModel {
        let directory = try directory()
        return try ContentLocation.reporting { () throws(ContentError) in
            try directory.loadModel(from: model.map { URL(fileURLWithPath: $0) })
        }
    }
}
