import Forecasting

/// Feeds the bytes, as UTF-8 text, to the monthly series reader (what the forecast demo's
/// upload does). A thrown ``SeriesReadError`` is the correct answer to bad input; only a
/// trap or a sanitizer report counts as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSeries(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    do {
        let series = try MonthlySeriesReader.parse(text)
        _ = series.values.count
    } catch {
        _ = "\(error)"
    }
    return 0
}
