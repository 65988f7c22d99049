import LeerpadCore

extension PageText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        // Charts and level cells
        case .radarChartTitle:
            "Radardiagram van de 17 subdimensies (schaal 1–5, ringen 1 tot 5): huidige meting doorgetrokken, vorige gestippeld; een onderbreking is een onbekende subdimensie"
        case .radarUnknown: "onbekend"
        case .radarLegend: "Subdimensies bij de nummers van het radardiagram"
        case .trendUp: "gestegen"
        case .trendDown: "gedaald"
        case .levels: "Niveaus"

        // The page shell and the error page
        case .home: "Start"
        case .plan: "Plan"
        case .catalogue: "Catalogus"
        case .demos: "Demo's"
        case .coordinator: "Coördinator"
        case .signOut: "Afmelden"
        case .skipToContent: "Naar de inhoud"
        case .mainMenu: "Hoofdmenu"
        case .footer:
            "Leerpad — volwassenheidsscans en leerpaden voor datagedreven gemeenten. Gemeente Vlietdam en haar teams zijn fictief."
        case .field: "Veld"
        case .backToHome: "Terug naar de startpagina"

        // The coordinator's dashboard and the catalogue upload
        case .maturityOfAllTeams: "Volwassenheid van alle teams"
        case .heatMapExplanation:
            "Score per subdimensie in de laatste meting; de kleur is het niveau, ▲/▼ de verandering sinds de meting ervoor."
        case .subdimensions: "Subdimensies"
        case .courseDemand: "Vraag naar cursussen"
        case .acrossAllTeams: "Over alle teams"
        case .people: "Personen"
        case .runs: "Uitvoeringen"
        case .cost: "Kosten"
        case .export: "Exporteren"
        case .uploadCatalogueLink: "Een catalogus uploaden"
        case .recordProgress: "Voortgang vastleggen"
        case .what: "Wat"
        case .moduleCompleted: "module afgerond"
        case .moduleStarted: "module begonnen"
        case .useCaseTried: "datatoepassing geprobeerd"
        case .moduleOrUseCase: "Module of datatoepassing"
        case .completionScoreOptional: "Score bij afronden (0–1, optioneel)"
        case .record: "Vastleggen"
        case .catalogueNotAccepted: "De catalogus is niet aangenomen:"
        case .catalogueUploadExplanation:
            "Een catalogus in het Leerpad-formaat (catalogue.xml, hoogstens 2 MiB). Hij wordt gecontroleerd tegen het schema en het model en vervangt bij succes de catalogus tot de server herstart."
        case .catalogueFile: "Catalogusbestand (XML)"
        case .uploadAndCheck: "Uploaden en controleren"
        case .catalogueAccepted(let providers, let modules, let runs):
            "Aangenomen: \(LocalFormat.integer(providers, in: .dutch)) aanbieders, \(LocalFormat.integer(modules, in: .dutch)) modules, \(LocalFormat.integer(runs, in: .dutch)) uitvoeringen."

        // The plan page
        case .assessmentNeededFirst: "Eerst een meting nodig:"
        case .fillInQuestionnaire: "vul de vragenlijst in"
        case .teamBudget: "Budget voor het hele team (€)"
        case .studyHours: "Studie-uren per persoon"
        case .weeks: "Aantal weken"
        case .participants: "Aantal deelnemers"
        case .startDate: "Startdatum (JJJJ-MM-DD)"
        case .onlyTheseFormats: "Alleen deze vormen (leeg: alle)"
        case .makeThePlan: "Maak het plan"
        case .when: "Wanneer"
        case .place: "Waar"
        case .hoursPerPersonColumn: "Uren p.p."
        case .acceptPlan: "Neem dit plan aan als leerpad"
        case .thePlan: "Het plan"
        case .total: "Totaal"
        case .hoursPerPerson: "uur per persoon"
        case .notInPlan: "Niet in het plan"
        case .planFor(let team): "Plan voor \(team)"
        case .moduleTotal(let count): "\(LocalFormat.integer(count, in: .dutch)) modules"

        // The questionnaire
        case .questionnaireIntroduction:
            "Beantwoord elke stelling voor je eigen team, van 1 (helemaal oneens) tot 5 (helemaal eens), of kies ‘weet niet’. Je antwoorden worden per stap bewaard in deze browser tot je ze verstuurt."
        case .answerStronglyDisagree: "1 helemaal oneens"
        case .answerDisagree: "2 oneens"
        case .answerNeutral: "3 neutraal"
        case .answerAgree: "4 eens"
        case .answerStronglyAgree: "5 helemaal eens"
        case .dontKnow: "weet niet"
        case .stepHasErrors: "Nog niet alles is goed ingevuld; zie de uitleg bij de vragen."
        case .previous: "Vorige"
        case .steps: "Stappen"
        case .reviewAndSubmit: "Naar versturen"
        case .nextStep: "Volgende"
        case .statementsUnanswered: "Nog niet alle stellingen zijn beantwoord."
        case .ratherNotSay: "(zeg ik liever niet)"
        case .roleOptional: "Je rol (optioneel)"
        case .submitAnswers: "Verstuur de antwoorden"
        case .priority: "prioriteit"
        case .assessmentSaved: "Bedankt! De meting is opgeslagen."
        case .scores: "Scores"
        case .recommendedModules: "Aanbevolen modules"
        case .toTry: "Om te proberen"
        case .makeLearningPath: "Maak een leerpad"
        case .toTeamPage: "Naar de teampagina"
        case .statementCount(let count): "\(LocalFormat.integer(count, in: .dutch)) stellingen"
        case .answeredCount(let answered, let total):
            "\(LocalFormat.integer(answered, in: .dutch)) van \(LocalFormat.integer(total, in: .dutch)) stellingen beantwoord."
        case .stepHeading(let step, let count): "Stap \(step) van \(count)"
        case .goToStep(let step): "Ga naar stap \(step)"

        // The team page
        case .noBadgesYet: "Nog geen badges."
        case .progressToNextLevel: "Voortgang naar de volgende rang"
        case .streak: "Reeks"
        case .activeWeeksInARow: "weken op rij actief"
        case .longest: "langste"
        case .leaderboardNeighbours: "Jullie buren op het scorebord"
        case .maturityPerSubdimension: "Volwassenheid per subdimensie"
        case .noLeaderboard: "Geen scorebord."
        case .noAssessmentYet: "Nog geen meting. Vul de vragenlijst in."
        case .radarCaption:
            "Schaal 1–5 van het midden naar buiten. Doorgetrokken: laatste meting; gestippeld: de meting ervoor. Een onderbreking: onbekend (alleen ‘weet niet’)."
        case .subdimension: "Subdimensie"
        case .now: "Nu"
        case .noLearningPathYet: "Nog geen leerpad."
        case .makePlan: "Maak een plan"
        case .workingOnThis: "hier werken jullie aan"
        case .xpToNextLevel(let xp, let missing, let level, let name):
            "\(xp) XP — nog \(missing) XP tot rang \(level) (\(name))"
        case .xpHighestLevel(let xp): "\(xp) XP — hoogste rang bereikt"
        case .peopleCount(let count): "\(LocalFormat.integer(count, in: .dutch)) personen"
        case .assessmentCount(let count): "\(LocalFormat.integer(count, in: .dutch)) metingen"

        // Coordinator page titles
        case .uploadCatalogueTitle: "Catalogus uploaden"
        case .coordinatorDashboard: "Dashboard van de coördinator"

        // Home, catalogue and sign-in
        case .sampleTeamsHeading: "Demo: de teams van Vlietdam"
        case .sampleTeamsExplanation:
            "Fictieve voorbeeldteams; hun toegangscodes zijn hier zichtbaar omdat dit een demo is."
        case .homeIntroduction:
            "Leerpad helpt gemeentelijke teams datagedreven te werken: vul de volwassenheidsscan in, zie waar het team staat, volg een leerpad en verdien punten voor echte resultaten."
        case .forTeams: "Voor teams"
        case .teamAccessCode: "Toegangscode van je team"
        case .goToTeamPage: "Naar de teampagina"
        case .forCoordinators: "Voor coördinatoren"
        case .coordinatorSummary: "Alle teams in een overzicht, de vraag naar cursussen en exports."
        case .goToDashboard: "Naar het dashboard"
        case .catalogueSummary: "Alle modules met hun vorm, kosten en de subdimensies die ze versterken."
        case .browseCatalogue: "Bekijk de catalogus"
        case .welcomeToLeerpad: "Welkom bij Leerpad"
        case .all: "alle"
        case .search: "Zoek"
        case .format: "Vorm"
        case .filter: "Filter"
        case .modulesInCatalogue: "Modules in de catalogus"
        case .costPerPersonColumn: "Kosten p.p."
        case .raisesToLevel: "Versterkt (→ niveau)"
        case .prerequisites: "Voorkennis"
        case .name: "Naam"
        case .password: "Wachtwoord"
        case .signIn: "Aanmelden"
        case .signInAsCoordinator: "Aanmelden als coördinator"
        case .municipality: "Gemeente"
        case .allMunicipalities(let teams): "Alle gemeenten (\(teams) \(teams == 1 ? "team" : "teams"))"
        case .municipalityOption(let name, let teams): "\(name) (\(teams) \(teams == 1 ? "team" : "teams"))"
        case .show: "Toon"
        case .teamsShown(let first, let last, let total): "Teams \(first)–\(last) van \(total)"
        case .pageOf(let page, let pages): "pagina \(page) van \(pages)"
        case .previousPage: "Vorige pagina"
        case .nextPage: "Volgende pagina"
        case .demandNeedsFilter(let teams, let limit):
            "De cursusvraag over \(teams) teams staat in de CSV-export en in de API (/api/demand); kies een gemeente om hem hier te zien (tot \(limit) teams)."
        case .moduleCount(let shown, let total):
            "\(LocalFormat.integer(shown, in: .dutch)) van \(LocalFormat.integer(total, in: .dutch)) modules"

        // Questionnaire page titles
        case .newScores: "Jullie nieuwe scores"

        // The error page's title
        case .somethingWentWrong: "Er ging iets mis"
        }
    }
}
