import Foundation
import LeerpadContent
import LeerpadCore

/// What the harnesses share: the repository's Content directory, its model and schemas.
public enum FuzzSupport {
    /// `$LEERPAD_CONTENT`, else the repository's `Content/` (found from this source file).
    public static let content: ContentDirectory = {
        if let path = ProcessInfo.processInfo.environment["LEERPAD_CONTENT"], !path.isEmpty {
            return ContentDirectory(url: URL(fileURLWithPath: path))
        }
        let repository = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return ContentDirectory(url: repository.appendingPathComponent("Content"))
    }()

    /// The built-in maturity model; a harness without it cannot run, so it stops at once.
    public static let model: MaturityModel = {
        do {
            return try content.loadModel()
        } catch {
            fatalError("fuzz set-up: cannot load Content/model.xml: \(error)")
        }
    }()

    /// The compiled schema of `kind`.
    public static func schema(for kind: ContentKind) -> XMLSchema {
        do {
            return try content.schema(for: kind)
        } catch {
            fatalError("fuzz set-up: cannot compile the schema of \(kind): \(error)")
        }
    }

    /// The bytes libFuzzer hands over, as `Data`.
    public static func data(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Data {
        Data(bytes: bytes, count: count)
    }
}
