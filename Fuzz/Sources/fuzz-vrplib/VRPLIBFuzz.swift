import Routing

/// Feeds the bytes, as UTF-8 text, to the VRPLIB reader and builds the routing problem of
/// what it reads (as `leerpad demo route` does before solving). A thrown ``RoutingInputError``
/// or ``RoutingProblemError`` is the correct answer to bad input; only a trap or a sanitizer
/// report counts as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVRPLIB(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    do {
        let instance = try VRPLIBReader.parse(text, file: "fuzz.vrp")
        do {
            let problem = try instance.problem()
            _ = problem
        } catch {
            _ = "\(error)"
        }
    } catch {
        _ = error.description
    }
    return 0
}
