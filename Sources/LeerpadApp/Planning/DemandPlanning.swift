import LeerpadCore

extension Leerpad {
    /// Course demand across `reports`, from each team's latest assessment and its size.
    public func demand(of reports: [TeamReport]) -> [ModuleDemand] {
        advisor.demand(
            reports.compactMap { report in
                report.latest.map { advisor.need(of: report.team.name, people: report.team.size, assessment: $0) }
            })
    }
}
