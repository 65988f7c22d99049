import FuzzSupport
import LeerpadContent
import LeerpadCore

/// Feeds the bytes to the answer-sheet reader as an uploaded CSV file would reach it.
/// A thrown ``AnswerSheetError`` is the correct answer to bad input; only a trap or a
/// sanitizer report counts as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswerSheet(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let reader = AnswerSheetReader(model: FuzzSupport.model)
    do {
        let sheet = try reader.read(data: FuzzSupport.data(bytes, count), fileName: "fuzz.csv")
        _ = sheet.responses.count
    } catch {
        _ = error.message(in: .english)
        _ = error.location
    }
    return 0
}
