import Forecasting
import LeerpadApp
import LeerpadCore
import LeerpadExport
import LeerpadStore
import Routing
import Testing

/// Every catalogue must compile with a Dutch and an English text per case; these tests check what the
/// compiler cannot: that the texts are there, differ, are filled in, and that no English slipped into Dutch.
@Suite("The catalogues of user-facing text")
struct TextCatalogueTests {
    /// A catalogue's name and the Dutch and English text of each of its sample cases.
    struct Catalogue: CustomTestStringConvertible, Sendable {
        var name: String
        var texts: [(case: String, dutch: String, english: String)]
        var testDescription: String { name }

        init<T: TextCatalogue>(_ name: String, _ samples: [T]) {
            self.name = name
            texts = samples.map { sample in
                let name = String("\(sample)".prefix { $0 != "(" })
                return (name, sample.dutch, sample.english)
            }
        }
    }

    static let catalogues = [
        Catalogue("Phrase", phraseSamples), Catalogue("PageText", pageTextSamples),
        Catalogue("DemoText", demoTextSamples), Catalogue("WebMessage", webMessageSamples),
        Catalogue("PlanText", planTextSamples), Catalogue("CLIText", cliTextSamples),
        Catalogue("ExportText", exportTextSamples), Catalogue("TermText", termTextSamples),
        Catalogue("DemoInputText", demoInputTextSamples), Catalogue("RoundText", roundTextSamples),
        Catalogue("StandardsText", standardsTextSamples), Catalogue("StoreText", storeTextSamples),
    ]

    /// Cases (by name) whose Dutch and English texts are rightly the same word.
    static let identical: Set<String> = [
        "plan", "scores", "filter", "scenario", "depot", "route", "routes", "containers", "stops", "scan",
        "scoreColumn", "team", "teams", "module", "modules", "moduleTotal", "useCases", "badges", "columnModule",
        "columnStart", "columnTeams", "columnTeam", "columnXP", "columnBadges", "invalidValue", "minimumShort",
        "database", "rows", "municipalityOption",
    ]

    /// Words that are English and not Dutch, padded with spaces so that they only match whole words.
    static let englishOnly = [
        " use case", " the ", " and ", " of the ", " with ", " is not ", " you ", " your ", " has ", " been ",
        " please ",
    ]

    @Test("every text is there, in both languages", arguments: catalogues)
    func filledIn(_ catalogue: Catalogue) {
        for text in catalogue.texts {
            #expect(!text.dutch.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalogue.name).\(text.case)")
            #expect(!text.english.trimmingCharacters(in: .whitespaces).isEmpty, "\(catalogue.name).\(text.case)")
        }
    }

    @Test("Dutch and English differ, except for words both languages share", arguments: catalogues)
    func translated(_ catalogue: Catalogue) {
        for text in catalogue.texts where !Self.identical.contains(text.case) {
            #expect(text.dutch != text.english, "\(catalogue.name).\(text.case): \(text.dutch)")
        }
    }

    @Test("no placeholder is left unreplaced", arguments: catalogues)
    func noPlaceholders(_ catalogue: Catalogue) {
        let placeholders = ["\\(", "%@", "%d", "{0}", "$0", "TODO", "??"]
        for text in catalogue.texts {
            for placeholder in placeholders {
                #expect(!text.dutch.contains(placeholder), "\(catalogue.name).\(text.case): \(text.dutch)")
                #expect(!text.english.contains(placeholder), "\(catalogue.name).\(text.case): \(text.english)")
            }
        }
    }

    @Test("the Dutch texts hold no English words", arguments: catalogues)
    func noEnglishInDutch(_ catalogue: Catalogue) {
        for text in catalogue.texts {
            let padded = " " + text.dutch.lowercased() + " "
            for word in Self.englishOnly {
                #expect(!padded.contains(word), "\(catalogue.name).\(text.case): \(text.dutch)")
            }
        }
    }

    @Test("the three kinds of level have three different words in each language")
    func threeLevels() {
        for language in [Language.dutch, .english] {
            let words = [TermText.rank, .maturityLevel, .stage].map { $0.text(language).lowercased() }
            #expect(Set(words).count == 3, "\(words)")
            for (index, word) in words.enumerated() {
                #expect(!words.enumerated().contains { $0.offset != index && $0.element.contains(word) }, "\(words)")
            }
        }
        #expect(CLIText.levelNumber(3).text(.dutch) == "rang 3")
        #expect(CLIText.workingToward(level: 2).text(.dutch) == "werkt aan etappe 2")
    }

    @Test("the demo libraries' errors read in Dutch without a decimal point or English words")
    func demoInputInDutch() {
        let text = DemoInputText.routingInput(
            .invalidValue(file: "a.vrp", line: 3, field: "x", value: "1e300", expected: .coordinate(limit: 1e7))
        ).text(.dutch)
        #expect(
            text
                == "a.vrp:3: veld ‘x’: ongeldige waarde ‘1e300’, verwacht: een coördinaat tussen −10.000.000 en 10.000.000"
        )
        #expect(
            DemoInputText.series(.ambiguousNumber(line: 2, field: 2, text: "1.234", readings: [1.234, 1234])).text(
                .dutch
            )
            .contains("kan 1,234 of 1.234 betekenen"))
        #expect(DemoInputText(CancellationError()) == nil)
    }

    @Test("text(_:) picks the language")
    func picksLanguage() {
        #expect(PageText.home.text(.dutch) == "Start")
        #expect(PageText.home.text(.english) == "Home")
        #expect(CLIText.levelHeading(1).text(.dutch) == "Etappe 1 — de basis")
        #expect(PageText.moduleCount(shown: 3, total: 40).text(.english) == "3 of 40 modules")
    }
}

/// Sample values of every case, with sample values for the interpolated parts.
extension TextCatalogueTests {
    static let storeTextSamples: [StoreText] =
        [
            .database("leerpad.sqlite"), .schemaVersion(3, latest: 4), .pending(["v4: kept team states"]), .newerSchema,
            .migrated(applied: 2, version: 4), .upToDate(version: 4), .copiedFrom(source: "a.sqlite", target: "b"),
            .compared(teams: 3, events: 40), .difference(team: "Afval", what: "xp", source: "40", copy: "30"),
            .difference(team: "*", what: "rows in progressEvent", source: "40", copy: "39"), .copyFaithful,
            .differencesFound(2), .verified(teams: 3, events: 40, compared: 2, stale: 1),
            .mismatch(team: "Afval", field: "level", kept: "2", derived: "3"), .sound, .mismatchesFound(1),
            .sameDatabase, .notEmpty(location: "b.sqlite", table: .team), .noDatabase(path: "a.sqlite"),
        ] + StoreTable.allCases.map { .rows($0, 2) }

    static let roundTextSamples: [RoundText] = [
        .weakPassword, .adminWithMunicipality, .accountExists("x"), .unknownAccount("x"),
        .accountAdded(name: "x", role: "x"), .generatedPassword("x"), .passwordChanged(name: "x"),
        .accountRemoved(name: "x"), .noAccounts, .adminOnly, .unknownInstrument("x", known: "x"),
        .minimumOutOfRange(minimum: 4, lowest: 4, teamSize: 4), .closingInPast("x"), .invalidDate("x"),
        .invalidWholeNumber("x"), .roundAlreadyOpen(team: "x", round: 7), .roundPastClosing(round: 7),
        .unknownRole("x", known: "x"), .unknownStatement("x"), .answerMissing("x"),
        .invalidAnswerValue("x", value: "x"), .tooFewInImport(source: "x", respondents: 4, minimum: 4),
        .unchangedAnswers(assessmentID: 7), .unknownRound("x"), .roundEnded(round: 7, closed: true),
        .tooFewRespondents(round: 7, submitted: 4, minimum: 4), .responseSubmitted,
        .roundOpened(round: 7, team: "x", url: "x"), .roundClosed(round: 7, assessment: 7), .roundCancelled(round: 7),
        .roundExtended(round: 7, closes: "x"), .responsesImported(count: 4, round: 7), .noRounds,
        .progressLine(submitted: 4, teamSize: 4), .stateName(.closed), .roundHeading(team: "x"),
        .roundIntroduction(statements: 4, pages: 4), .yourRole, .roleName("beleid"), .ratherNotSay, .begin,
        .pageHeading(page: 4, pages: 4, dimension: "x"), .nextPage, .previousPage, .reviewHeading, .submit,
        .pageHasErrors, .thanks, .noOpenRound, .roundsHeading, .openRoundHeading, .instrument, .closesOn,
        .minimumRespondents, .openRoundButton, .closeRoundButton, .cancelRoundButton, .respondentLink, .respondents(4),
        .thin, .thinExplanation(minimum: 4), .roleMix, .importIntoRound, .answersFile, .importButton, .privacyHeading,
        .privacyExplanation, .exportTeamData, .deleteTeamHeading, .typeTeamNameToConfirm, .deleteTeamButton,
        .teamNameDoesNotMatch, .roundOpenedNotice(round: 7), .roundClosedNotice(round: 7),
        .roundCancelledNotice(round: 7), .qrCodeOf(team: "x"), .minimumShort, .spreadColumn, .spreadExplanation,
        .disputed, .beginFirst(token: "x"), .round,
        .alreadyRevoked(team: "x", id: 7), .revokesCorrection(team: "x", id: 7), .inFuture(field: "x"),
        .teamDeleted(team: "x", events: 4, assessments: 4), .confirmDeletion(team: "x"), .teamRemovedNotice,
    ]

    static let phraseSamples: [Phrase] = [
        .unknownAccessCode, .noAssessment(team: "Vlietdam"), .emptyPlan, .emptyAssessment(source: "Vlietdam"),
        .unknownModules("Vlietdam"), .duplicateTeam(team: "Vlietdam", earlier: "a.csv", later: "b.csv"), .pathSaved,
        .progressRecorded, .chooseActivity, .chooseModule(unknown: "Vlietdam"),
        .chooseUseCase(unknown: "Vlietdam"), .scoreOutOfRange, .scoreWithoutCompletion, .chooseTeam,
        .teamExists(name: "Vlietdam"), .unknownTeam(name: "Vlietdam"), .unknownEvent(team: "Vlietdam", id: 3),
        .invalidValue(field: "size", reason: "1–10000"), .databaseUnavailable(path: "leerpad.sqlite", reason: "x"),
    ]

    static let pageTextSamples: [PageText] = [
        .municipality, .allMunicipalities(teams: 3), .municipalityOption(name: "Vlietdam", teams: 1), .show,
        .teamsShown(first: 1, last: 50, total: 120), .pageOf(page: 2, pages: 3), .previousPage, .nextPage,
        .demandNeedsFilter(teams: 10_200, limit: 500),
        .radarChartTitle, .trendUp, .trendDown, .levels, .home, .plan, .catalogue, .demos, .coordinator, .signOut,
        .skipToContent, .mainMenu, .footer, .field, .backToHome, .maturityOfAllTeams, .heatMapExplanation,
        .subdimensions, .courseDemand, .acrossAllTeams, .people, .runs, .cost, .export, .uploadCatalogueLink,
        .recordProgress, .what, .moduleCompleted, .moduleStarted, .useCaseTried, .moduleOrUseCase,
        .completionScoreOptional, .record, .catalogueNotAccepted, .catalogueUploadExplanation, .catalogueFile,
        .uploadAndCheck, .catalogueAccepted(providers: 3, modules: 17, runs: 2), .assessmentNeededFirst,
        .fillInQuestionnaire, .teamBudget, .studyHours, .weeks, .participants, .startDate, .onlyTheseFormats,
        .makeThePlan, .when, .place, .hoursPerPersonColumn, .acceptPlan, .thePlan, .total, .hoursPerPerson, .notInPlan,
        .planFor(team: "Vlietdam"), .moduleTotal(3), .questionnaireIntroduction, .answerStronglyDisagree,
        .answerDisagree, .answerNeutral, .answerAgree, .answerStronglyAgree, .dontKnow, .stepHasErrors, .previous,
        .steps, .reviewAndSubmit, .nextStep, .statementsUnanswered, .ratherNotSay, .roleOptional, .submitAnswers,
        .priority, .assessmentSaved, .scores, .recommendedModules, .toTry, .makeLearningPath, .toTeamPage,
        .statementCount(3), .answeredCount(answered: 3, total: 17), .stepHeading(step: 3, count: 17), .goToStep(3),
        .noBadgesYet, .progressToNextLevel, .streak, .activeWeeksInARow, .longest, .leaderboardNeighbours,
        .maturityPerSubdimension, .noLeaderboard, .noAssessmentYet, .radarCaption, .subdimension, .now,
        .noLearningPathYet, .makePlan, .workingOnThis, .xpToNextLevel(xp: 3, missing: 17, level: 2, name: "Vlietdam"),
        .xpHighestLevel(xp: 3), .peopleCount(3), .assessmentCount(3), .uploadCatalogueTitle, .coordinatorDashboard,
        .sampleTeamsHeading, .sampleTeamsExplanation, .homeIntroduction, .forTeams, .teamAccessCode, .goToTeamPage,
        .forCoordinators, .coordinatorSummary, .goToDashboard, .catalogueSummary, .browseCatalogue, .welcomeToLeerpad,
        .all, .search, .format, .filter, .modulesInCatalogue, .costPerPersonColumn, .raisesToLevel, .prerequisites,
        .name, .password, .signIn, .signInAsCoordinator, .moduleCount(shown: 3, total: 17), .newScores,
        .somethingWentWrong,
    ]

    static let demoInputTextSamples: [DemoInputText] = [
        .series(.empty), .series(.invalidNumber(line: 2, field: 2, text: "x")),
        .series(.ambiguousNumber(line: 2, field: 2, text: "1.234", readings: [1.234, 1234])),
        .series(.valueOutOfRange(line: 2, field: 2, text: "1e300", limit: 1e15)), .series(.noCSVFile(folder: "map")),
        .series(.gap(line: 4, expected: YearMonth(year: 2021, month: 3)!, found: YearMonth(year: 2021, month: 4)!)),
        .forecasting(.seriesTooShort(method: "auto", needed: 24, got: 3)),
        .forecasting(.valueOutOfRange(index: 2, value: 1e300, limit: 1e15)),
        .forecasting(.noModelFitted(reason: "x")), .forecasting(.nonFiniteValue(index: 2)),
        .routingInput(.missing(file: "a", part: .key("vehicles"))),
        .routingInput(.missing(file: "a", part: .coordinateColumns)),
        .routingInput(.missing(file: "a", part: .customerRows)),
        .routingInput(.invalidValue(file: "a", line: 2, field: "x", value: "v", expected: .numberIn(0...1))),
        .routingInput(.invalidValue(file: "a", line: 2, field: "x", value: "v", expected: .fillLevel)),
        .routingInput(.invalidValue(file: "a", line: 2, field: "x", value: "v", expected: .latitude)),
        .routingInput(
            .invalidValue(file: "a", line: 2, field: "x", value: "v", expected: .withinRouteLength(roundTrip: 12.5))),
        .routingInput(.malformedLine(file: "a", line: 2, field: "x", problem: .notHeaderOrSection)),
        .routingInput(
            .malformedLine(file: "a", line: 2, field: "x", problem: .fieldCount(expected: 5, found: 3, separator: ";"))),
        .routingInput(.duplicate(file: "a", line: 2, field: "id", value: "A")),
        .routingInput(.inconsistent(file: "a", field: "DEPOT_SECTION", problem: .oneDepotOnly(found: 2))),
        .routingInput(.inconsistent(file: "a", field: "DIMENSION", problem: .tooManyNodes(found: 5000, limit: 2000))),
        .routingProblem(.demandExceedsCapacity(node: 3, demand: 12.5, capacity: 10)),
        .routingProblem(.tooManyNodes(count: 5000, limit: 2000)),
    ]

    static let demoTextSamples: [DemoText] = [
        .routeDemoCapped, .routeDemoCappedAt(seconds: "0,3"), .iterationsOutOfRange,
        .wasteCollection, .routeDemoSummary, .scenario, .alwaysEmptyFrom, .takeAlongFrom, .planRoutes, .demandForecast,
        .forecastDemoSummary, .method, .forecastButton, .pasteOwnSeries, .forecastMySeries, .workshopDemos,
        .takeAlongAboveAlwaysEmpty, .scenarioUnreadable, .ownSeries, .unknownMethod, .percentageOutOfRange,
        .unknownScenario("Vlietdam"), .wasteCollectionTitle(scenario: "Vlietdam"),
        .demandForecastTitle(series: "Vlietdam"), .seriesUnusable(reason: "Vlietdam"), .countPerMonth, .month,
        .observed, .forecast, .interval80, .interval95, .backtestLegend, .forecastTableCaption, .backToDemos,
        .backtestNote("Vlietdam"), .backtestInline("Vlietdam"), .sensorDrivenLower, .depot, .emptied, .skipped, .route,
        .fixedRound, .sensorDriven, .saving, .fixedAgainstSensorDriven, .plan, .routes, .containers, .mapCaption,
        .tryOtherThresholds, .thresholds(containers: 3, mustVisit: 17, optionalFrom: 2), .needScenarioOrInstance,
        .secondsOutOfRange, .customers, .capacity, .trip, .trips, .stops, .load, .totalDistance, .feasible,
        .infeasible, .bestKnown, .gap, .fixedRoundTitle, .sensorDrivenTitle(mandatory: 3, takenAlong: 17, optional: 2),
        .selection(containers: 3, full: 17, optional: 2, skipped: 4, mustVisit: 80, optionalFrom: 60),
        .unserved(plan: "Vlietdam", count: 3), .mapWritten(path: "Vlietdam"),
        .cannotWrite(path: "Vlietdam", reason: "Vlietdam"), .forecastHeading(source: "Vlietdam"),
        .seriesMonths(count: 3, first: "Vlietdam", last: "Vlietdam"),
        .backtestFold(origin: "Vlietdam", mape: "Vlietdam", sMAPE: "Vlietdam"), .seriesTooShort,
        .failure(reason: "Vlietdam"),
    ]

    static let webMessageSamples: [WebMessage] = [
        .sendAnswersAsCSV, .databaseUnavailable, .formNotUTF8, .malformedForm, .malformedUpload, .sendJSON,
        .invalidRecordJSON, .csrfHeaderInvalid, .tooManyAttempts,
        .coordinatorsOnly,
        .unknownExport, .signInFirst, .expectedFileUpload, .chooseCatalogueFile, .tooManyAttemptsTryAgain,
        .wrongNameOrPassword, .answerMissing, .unknownQuestionnaire, .unknownStep, .invalidAnswer("Vlietdam"),
        .expectedForm, .formExpired, .pageNotFound, .methodNotAllowed, .unreadableData, .internalError,
        .serverBusy(seconds: 1), .serverBusy(seconds: 12),
        .requestTooLarge(kibibytes: 3), .invalidRequest(status: 3),
    ]

    static let planTextSamples: [PlanText] = [
        .formatNotPreferred(format: "Vlietdam"), .alreadyAtTarget, .overBudget(cost: "Vlietdam", left: "Vlietdam"),
        .overHours(hours: "Vlietdam", left: "Vlietdam"), .noRun(earliest: "Vlietdam", end: "Vlietdam"),
        .runsOverlap(earliest: "Vlietdam", end: "Vlietdam"),
        .prerequisiteFormatNotPreferred(module: "Vlietdam", format: "Vlietdam"),
        .prerequisiteMissing(module: "Vlietdam"), .prerequisiteUnplanned(module: "Vlietdam"),
        .notANumber(text: "Vlietdam", accepted: "Vlietdam"),
        .ambiguous(text: "Vlietdam", first: "Vlietdam", second: "Vlietdam", accepted: "Vlietdam"), .tooPrecise,
        .notADate(text: "Vlietdam"), .unknownFormat(text: "Vlietdam", known: "Vlietdam"),
        .budgetRange(top: "Vlietdam"), .hoursRange(low: "Vlietdam", high: "Vlietdam"),
        .weeksRange(low: "Vlietdam", high: "Vlietdam"), .teamSizeRange(low: "Vlietdam", high: "Vlietdam"), .dateFormat,
        .knownFormat,
    ]

    static let cliTextSamples: [CLIText] = [
        .scan, .respondents, .subdimensionColumn, .scoreColumn, .dontKnowColumn, .spread, .weakestSubdimensions,
        .disagreement, .recommendationsFor(source: "Vlietdam"), .modulesMostImportantFirst, .noModulesNeeded,
        .hours("Vlietdam"), .useCasesToTry, .noUseCasesYet, .learningPathFor(source: "Vlietdam"),
        .period(start: "Vlietdam", end: "Vlietdam", people: 3), .noModulesPlanned, .levelHeading(3),
        .hoursPerPerson("Vlietdam"), .selfPacedOnline, .peopleShort(3),
        .planTotals(cost: "Vlietdam", budget: "Vlietdam", hours: "Vlietdam", available: "Vlietdam"), .notPlanned,
        .demandAcross(teams: "Vlietdam"), .runs(3, maxGroupSize: 17), .asPrerequisiteFor(teams: "Vlietdam"),
        .peopleFromTeams(people: 3, teams: 17), .teamAdded(name: "Vlietdam", municipality: "Vlietdam", size: 3),
        .rulesClean(file: "Vlietdam", rules: 3), .lintWarning(file: "Vlietdam", rule: "x", problem: "Vlietdam"),
        .lintUnknownTarget(reference: "Vlietdam"), .lintUnknownModule("Vlietdam"), .lintUnknownUseCase("Vlietdam"),
        .lintNeverFires(condition: "Vlietdam"), .lintUncovered(subdimension: "Vlietdam"),
        .total("Vlietdam"), .accessCode("Vlietdam"), .levelNumber(3),
        .nextLevelAt(xp: 3), .streak(weeks: 3, longest: 17, events: 2), .workingToward(level: 3),
        .maturitySincePreviousScan, .levelChange(from: 3, to: 17),
    ]

    static let standardsTextSamples: [StandardsText] =
        [
            .badgeValid(name: "Vlietdam", id: "urn:uuid:1", key: "key-1"),
            .badgeRevoked(name: "Vlietdam", id: "urn:uuid:1"),
            .noBadgesInFile("Vlietdam"), .badgesSigned(count: 3, issuer: "did:web:vlietdam.example"),
            .keyRotated("key-2"),
            .lrsReport(queued: 3, delivered: 2, pending: 1), .lrsLastError("Vlietdam"), .lrsOutboxEmpty,
            .lrsEndpointStatus(endpoint: "Vlietdam", pending: 3, delivered: 17), .lrsNextAttempt("Vlietdam"),
            .lrsNotConfigured, .lrsSaved, .lrsTitle, .lrsURL, .lrsUser, .lrsPassword, .lrsSaveAndSend,
        ] + badgeRefusals.map { StandardsText.badgeRefused(number: 2, $0) }

    static let badgeRefusals: [BadgeVerificationError] = [
        .malformed(reason: "Vlietdam"), .unsupportedAlgorithm("none"), .unknownKey("key-9"),
        .badSignature(keyID: "key-1"), .wrongIssuer(credential: "Vlietdam", key: "key-1"),
        .claimMismatch(claim: "iss", expected: "Vlietdam", found: "Vlietdam"), .notABadge(reason: "Vlietdam"),
        .copyDiffers(credential: "urn:uuid:1"),
    ]

    static let exportTextSamples: [ExportText] = [
        .calendarEvent(module: "Vlietdam", level: 3, people: 17),
        .teamCalendarEvent(module: "Vlietdam", level: 3), .columnRank, .columnStage, .columnModule, .columnTitle,
        .columnFormat,
        .columnStart, .columnEnd, .columnLocation, .columnTeams, .columnPeople, .columnRuns, .columnMaxGroup,
        .columnHoursPerPerson, .columnCost, .columnPriority, .columnTeam, .columnMunicipality, .columnSize, .columnXP,
        .columnRankName, .columnBadges, .columnStreakWeeks, .columnEvents, .columnModulesCompleted,
        .columnAssessments, .columnLatestAssessment, .columnEvent, .columnKind, .columnTarget, .columnMoment,
        .columnReason,
    ]

    static let termTextSamples: [TermText] = [
        .team, .teams, .module, .modules, .useCases, .badges, .questionnaire, .learningPath, .rank, .maturityLevel,
        .stage,
        .prerequisite,
        .selfPaced, .noAnswers, .stepDone, .stepInProgress, .stepNext, .stepPlanned,
    ]
}
