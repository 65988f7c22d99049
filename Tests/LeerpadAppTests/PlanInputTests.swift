import LeerpadApp
import LeerpadCore
import Testing

@Suite("Plan constraints as typed")
struct PlanInputTests {
    static let valid = PlanInput(budget: "15.000,00", hours: "60", weeks: "40", teamSize: "7", start: "2027-01-04")

    @Test("a valid form gives the constraints, with a Dutch amount read as euros and cents")
    func valid() throws {
        let constraints = try Self.valid.constraints(completed: ["privacy-intro"]).get()
        #expect(constraints.budget == Euros(cents: 1_500_000))
        #expect(constraints.hoursPerPerson == 60 && constraints.weeks == 40 && constraints.teamSize == 7)
        #expect(constraints.start == CalendarDate(year: 2027, month: 1, day: 4))
        #expect(constraints.completedModules == ["privacy-intro"])
    }

    @Test(
        "values outside PlanLimits, non-numbers and bad dates are refused, naming the field",
        arguments: [
            (PlanField.budget, "-100"), (.budget, "1000000,01"), (.budget, "15.000"), (.budget, "12,345"),
            (.budget, "1e300"), (.budget, "0,001"), (.hours, "nan"), (.hours, "2001"), (.weeks, "0"), (.weeks, "261"),
            (.weeks, "4,5"), (.teamSize, "10001"), (.teamSize, ""), (.start, "4-1-2027"), (.start, "2027-02-30"),
        ])
    func refused(expected: PlanField, text: String) throws {
        var input = Self.valid
        switch expected {
        case .budget: input.budget = text
        case .hours: input.hours = text
        case .weeks: input.weeks = text
        case .teamSize: input.teamSize = text
        case .start: input.start = text
        case .format: input.formats = [text]
        }
        guard case .failure(let problems) = input.constraints() else {
            Issue.record("\(text) was accepted")
            return
        }
        #expect(problems.entries.map(\.field) == [expected])
        for language in Language.allCases {
            let message = problems[expected]?.message(in: language) ?? ""
            #expect(message.count > 10, "\(language): \(message)")
        }
    }

    @Test("an unknown format is refused and the message lists the known ones")
    func unknownFormat() throws {
        var input = Self.valid
        input.formats = ["webinar", "workshop"]
        guard case .failure(let problems) = input.constraints() else {
            Issue.record("webinar was accepted")
            return
        }
        let message = try #require(problems[.format]).message(in: .english)
        #expect(message == "Unknown format: webinar; choose from e-learning, classroom, workshop, coaching.")
    }

    @Test("the messages state the limits in each language's number style")
    func messages() {
        #expect(
            PlanInputProblem.outOfRange(field: .budget).message(in: .dutch)
                == "Geef een bedrag in euro's van € 0 tot € 1.000.000.")
        #expect(
            PlanInputProblem.outOfRange(field: .budget).message(in: .english)
                == "Enter an amount in euros from €0 to €1,000,000.")
        #expect(
            PlanInputProblem.outOfRange(field: .teamSize).message(in: .dutch)
                == "Geef een teamgrootte van 1 tot 10.000 personen.")
        #expect(
            PlanInputProblem.ambiguous(field: .budget, text: "15.000", readings: (15, 15_000)).message(in: .dutch)
                .hasPrefix("‘15.000’ kan 15 of 15000 betekenen"))
    }

    @Test("constraints that skip PlanInput are still refused by the planning use case")
    func plannerChecksLimits() throws {
        let advisor = Advisor(content: AppFixture.content)
        let assessment = advisor.score(try AppFixture.responses("afvalbeheer.csv"))
        let constraints = PlanConstraints(
            budget: Euros(cents: -1), hoursPerPerson: .infinity, weeks: 10_000, teamSize: 0,
            start: CalendarDate(year: 2027, month: 1, day: 4)!)
        #expect(constraints.fieldsOutsideLimits == [.budget, .hours, .weeks, .teamSize])
        #expect(throws: AppError.self) { try advisor.plan(for: assessment, within: constraints) }
    }
}
