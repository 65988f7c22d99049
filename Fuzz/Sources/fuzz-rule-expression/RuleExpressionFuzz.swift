import LeerpadCore

/// Feeds the bytes, as UTF-8 text, to the rule-expression parser. A thrown
/// ``RuleSyntaxError`` is the correct answer to bad input. A parsed condition must also
/// survive a round trip: its description (shown in lint messages and explanations) parses
/// back to the same condition. Only a trap, a sanitizer report or a failed round trip counts
/// as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleExpression(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let expression: RuleExpression
    do {
        expression = try RuleExpressionParser.parse(text)
    } catch {
        _ = error.description
        return 0
    }
    let printed = expression.description
    _ = expression.references
    do {
        let reparsed = try RuleExpressionParser.parse(printed)
        precondition(reparsed == expression, "round trip changed \(text) into \(printed)")
    } catch {
        preconditionFailure("the description \(printed) of \(text) does not parse: \(error)")
    }
    return 0
}
