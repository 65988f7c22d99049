import LeerpadCore

extension CLIText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        // Assessment
        case .scan: "Scan"
        case .respondents: "respondenten"
        case .subdimensionColumn: "(Sub)dimensie"
        case .scoreColumn: "Score"
        case .dontKnowColumn: "Weet niet"
        case .spread: "Spreiding"
        case .weakestSubdimensions: "Zwakste subdimensies"
        case .disagreement: "Onenigheid"

        // Recommendations
        case .recommendationsFor(let source): "Aanbevelingen voor \(source)"
        case .modulesMostImportantFirst: "Modules (belangrijkste eerst):"
        case .noModulesNeeded: "geen — het team scoort overal voldoende"
        case .hours(let hours): "\(hours) uur"
        case .useCasesToTry: "Datatoepassingen om uit te proberen:"
        case .noUseCasesYet: "nog geen"

        // Learning path
        case .learningPathFor(let source): "Leerpad voor \(source)"
        case .period(let start, let end, let people): "Periode \(start) t/m \(end), \(people) personen"
        case .noModulesPlanned: "Geen modules ingepland."
        case .levelHeading(let level): level == 1 ? "Etappe 1 — de basis" : "Etappe \(level)"
        case .hoursPerPerson(let hours): "\(hours) uur p.p."
        case .selfPacedOnline: "zelfstudie online"
        case .peopleShort(let people): "\(people) pers."
        case .planTotals(let cost, let budget, let hours, let available):
            "Totaal: \(cost) van \(budget); \(hours) van \(available) uur per persoon"
        case .notPlanned: "Niet ingepland:"

        // Course demand
        case .demandAcross(let teams): "Vraag naar cursussen over \(teams)"
        case .runs(let runs, let maxGroupSize):
            "\(LocalFormat.count(runs, "uitvoering", "uitvoeringen", in: .dutch)) (max \(maxGroupSize))"
        case .asPrerequisiteFor(let teams): "als voorkennis voor \(teams)"
        case .rulesClean(let file, let rules): "\(file): \(rules) regels, geen waarschuwingen"
        case .lintWarning(let file, let rule, let problem):
            "\(file): waarschuwing: " + (rule.map { "regel \($0): " } ?? "") + problem
        case .lintUnknownTarget(let reference): "\(reference) noemt geen subdimensie of dimensie van het model"
        case .lintUnknownModule(let id): "beveelt module ‘\(id)’ aan, die niet in de catalogus staat"
        case .lintUnknownUseCase(let id): "beveelt datatoepassing ‘\(id)’ aan, die niet bestaat"
        case .lintNeverFires(let condition): "gaat nooit af: ‘\(condition)’ is nooit waar"
        case .lintUncovered(let id):
            "geen regel dekt subdimensie ‘\(id)’ (een regel die haar leest en een module aanbeveelt die haar versterkt)"
        case .teamAdded(let name, let municipality, let size):
            "Team ‘\(name)’ toegevoegd (\(municipality), \(size) \(size == 1 ? "persoon" : "personen"))."
        case .peopleFromTeams(let people, let teams):
            "\(people) \(people == 1 ? "persoon" : "personen") uit \(teams) \(teams == 1 ? "team" : "teams")"
        case .total(let amount): "Totaal: \(amount)"

        // Progress
        case .accessCode(let code): "Toegangscode: \(code)"
        case .levelNumber(let level): "rang \(level)"
        case .nextLevelAt(let xp): "volgende rang bij \(xp) XP"
        case .streak(let weeks, let longest, let events):
            "Reeks: \(weeks) weken (langste \(longest)) · \(events) gebeurtenissen"
        case .workingToward(let level): "werkt aan etappe \(level)"
        case .maturitySincePreviousScan: "Volwassenheid sinds de vorige scan:"
        case .levelChange(let from, let to): "niveau \(from) → \(to)"
        }
    }
}
