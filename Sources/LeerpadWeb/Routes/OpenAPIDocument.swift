import Foundation

/// The OpenAPI 3 description of the JSON API, served at `/openapi.json`.
enum OpenAPIDocument {
    /// Every documented operation: path and method (tests check each exists).
    static let operations: [(path: String, method: String)] = allPaths.flatMap { path, item in
        item.keys.filter { $0 != "parameters" }.sorted().map { (path, $0) }
    }
    .sorted { ($0.path, $0.method) < ($1.path, $1.method) }

    nonisolated(unsafe) private static let codeParameter: [String: Any] = [
        "name": "code", "in": "path", "required": true, "description": "The team's access code",
        "schema": ["type": "string"],
    ]

    private static func json(_ description: String, schema: [String: Any] = ["type": "object"]) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": schema]]]
    }

    /// A reference to one of the `schemas`.
    private static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    private static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }

    private static func type(_ name: String, nullable: Bool = false) -> [String: Any] {
        nullable ? ["type": name, "nullable": true] : ["type": name]
    }

    /// An object whose every property is always present (unknown values are `null`).
    private static func object(_ description: String, _ properties: [String: [String: Any]]) -> [String: Any] {
        ["type": "object", "description": description, "required": properties.keys.sorted(), "properties": properties]
    }

    /// The shapes the API writes: the views of `LeerpadApp`, which `--format json` prints too.
    nonisolated(unsafe) static let schemas: [String: [String: Any]] = [
        "Score": object(
            "A subdimension's score (3 decimals) and level, against the measurement before",
            [
                "subdimension": type("string"), "name": type("string"), "score": type("number", nullable: true),
                "level": type("integer", nullable: true), "previousScore": type("number", nullable: true),
                "previousLevel": type("integer", nullable: true), "change": type("number", nullable: true),
                "levelChange": type("integer", nullable: true), "respondents": type("integer"),
                "disputed": type("boolean"),
            ]),
        "Evidence": object(
            "A number a rule's condition read",
            ["metric": type("string"), "target": type("string"), "value": type("number", nullable: true)]),
        "Reason": object(
            "A rule that fired, with its explanation and evidence",
            [
                "rule": type("string"), "priority": type("integer"), "condition": type("string"),
                "explanation": type("string"), "evidence": array(ref("Evidence")),
            ]),
        "Recommendation": object(
            "A recommended module",
            [
                "module": type("string"), "title": type("string"), "format": type("string"),
                "priority": type("integer"), "gap": type("number"), "expectedGain": type("number"),
                "subdimensions": array(type("string")), "hoursPerPerson": type("number"),
                "costPerPerson": type("number"), "rules": array(type("string")), "reasons": array(ref("Reason")),
            ]),
        "AssessmentResult": object(
            "A stored assessment with its scores and recommendations",
            [
                "id": type("integer"), "respondents": type("integer"), "scores": array(ref("Score")),
                "recommendations": array(ref("Recommendation")), "useCases": array(type("string")),
            ]),
        "AssessmentSummary": object(
            "One measurement: scores per subdimension id (those answered)",
            [
                "id": type("integer"), "takenAt": ["type": "string", "format": "date-time"],
                "respondents": type("integer"), "valid": type("boolean"),
                "scores": ["type": "object", "additionalProperties": type("number")],
            ]),
        "RoundStatus": object(
            "A round's progress and mix of roles, never anyone's answers",
            [
                "id": type("integer"), "team": type("string"), "instrument": type("string"),
                "state": ["type": "string", "enum": ["open", "closed", "cancelled"]], "responses": type("integer"),
                "drafts": type("integer"), "teamSize": type("integer"), "minimum": type("integer"),
                "roles": ["type": "object", "additionalProperties": type("integer")],
                "closes": ["type": "string", "format": "date", "nullable": true], "pastClosing": type("boolean"),
                "path": type("string"), "measurement": type("integer", nullable: true),
            ]),
        "ResponseAccepted": object(
            "A response joined the round",
            ["round": type("integer"), "responses": type("integer"), "teamSize": type("integer")]),
        "Booking": object(
            "A run a step is booked on; id null for self-paced e-learning",
            [
                "id": type("string", nullable: true), "start": ["type": "string", "format": "date"],
                "end": ["type": "string", "format": "date"], "location": type("string"), "online": type("boolean"),
                "people": type("integer"),
            ]),
        "PlannedStep": object(
            "A module of the plan",
            [
                "module": type("string"), "title": type("string"), "format": type("string"),
                "level": type("integer"), "start": ["type": "string", "format": "date"],
                "end": ["type": "string", "format": "date"], "runs": array(type("string")),
                "bookings": array(ref("Booking")), "hoursPerPerson": type("number"), "cost": type("number"),
                "expectedGain": type("number"), "prerequisiteOnly": type("boolean"),
                "requiredBy": array(type("string")),
            ]),
        "UnmetModule": object(
            "A module that could not be placed: a stable code (over-budget, no-run, …) and the reason in words",
            ["module": type("string"), "title": type("string"), "code": type("string"), "reason": type("string")]),
        "Plan": object(
            "A learning path within the constraints",
            [
                "start": ["type": "string", "format": "date"], "end": ["type": "string", "format": "date"],
                "teamSize": type("integer"), "budget": type("number"), "hoursAvailable": type("number"),
                "totalCost": type("number"), "hoursPerPerson": type("number"), "expectedGain": type("number"),
                "steps": array(ref("PlannedStep")), "unmet": array(ref("UnmetModule")),
            ]),
        "Badge": object(
            "An earned badge",
            ["id": type("string"), "name": type("string"), "earnedAt": ["type": "string", "format": "date-time"]]),
        "PathStep": object(
            "A step of the accepted path, in the order of its run's days: status done, in-progress, next or planned",
            [
                "module": type("string"), "title": type("string"), "level": type("integer"), "status": type("string"),
                "start": type("string", nullable: true), "end": type("string", nullable: true),
            ]),
        "LeaderboardLine": object(
            "A team on the leaderboard",
            [
                "rank": type("integer"), "team": type("string"), "municipality": type("string"),
                "xp": type("integer"), "level": type("integer"),
            ]),
        "Progress": object(
            "A team's XP, level, badges, streak, path, scores and leaderboard neighbours",
            [
                "team": type("string"), "municipality": type("string"), "xp": type("integer"),
                "level": type("integer"), "levelName": type("string"), "levelXP": type("integer"),
                "nextLevelXP": type("integer", nullable: true), "events": type("integer"),
                "badges": array(ref("Badge")), "streakWeeks": type("integer"), "longestStreakWeeks": type("integer"),
                "workingTowardLevel": type("integer", nullable: true), "path": array(ref("PathStep")),
                "assessments": type("integer"), "scores": array(ref("Score")),
                "leaderboard": array(ref("LeaderboardLine")),
            ]),
        "Module": object(
            "A catalogue module",
            [
                "id": type("string"), "title": type("string"), "format": type("string"),
                "hoursPerPerson": type("number"), "costPerPerson": type("number"),
                "raises": ["type": "object", "additionalProperties": type("integer")],
                "prerequisites": array(type("string")), "runs": type("integer"),
            ]),
        "TeamSummary": object(
            "A team with its access code",
            [
                "name": type("string"), "municipality": type("string"), "size": type("integer"),
                "accessCode": type("string"), "xp": type("integer"), "level": type("integer"),
                "assessments": type("integer"),
            ]),
        "DemandLine": object(
            "The demand for one module across teams",
            [
                "module": type("string"), "title": type("string"), "format": type("string"),
                "teams": array(type("string")), "teamsForPrerequisite": array(type("string")),
                "people": type("integer"), "runs": type("integer"), "maxGroupSize": type("integer"),
                "cost": type("number"), "priority": type("integer"),
            ]),
        "RouteDemo": object(
            "Both plans' km, the saving, the solver's seconds and the routes by container id",
            [
                "scenario": type("string"), "cost": type("number"), "routes": array(array(type("string"))),
                "seconds": type("number"), "feasible": type("boolean"), "fixedKm": type("number"),
                "sensorKm": type("number"), "savingKm": type("number"), "savingPercent": type("number"),
                "fixedRoutes": array(array(type("string"))), "skipped": array(type("string")),
            ]),
        "ForecastFold": object(
            "One origin of the backtest",
            [
                "origin": type("string"), "forecast": array(type("number")), "actual": array(type("number")),
                "sMAPE": type("number"), "MAPE": type("number", nullable: true), "MASE": type("number", nullable: true),
            ]),
        "ForecastBacktest": object(
            "A rolling-origin backtest",
            [
                "folds": array(ref("ForecastFold")), "sMAPE": type("number"), "MAPE": type("number", nullable: true),
                "MASE": type("number", nullable: true),
            ]),
        "Forecast": object(
            "The method, the forecast with 80 % and 95 % bounds, the backtest",
            [
                "method": type("string"), "months": array(type("string")), "forecast": array(type("number")),
                "lower80": array(type("number")), "upper80": array(type("number")),
                "lower95": array(type("number")), "upper95": array(type("number")),
                "backtest": ["allOf": [ref("ForecastBacktest")], "nullable": true], "notes": array(type("string")),
            ]),
        "Error": [
            "type": "object", "required": ["error", "field"],
            "properties": ["error": ["type": "string"], "field": ["type": "string", "nullable": true]],
        ],
    ]

    nonisolated(unsafe) private static let errors: [String: Any] = [
        "400": ["$ref": "#/components/responses/Error"], "401": ["$ref": "#/components/responses/Error"],
        "403": ["$ref": "#/components/responses/Error"], "404": ["$ref": "#/components/responses/Error"],
        "413": ["$ref": "#/components/responses/Error"], "415": ["$ref": "#/components/responses/Error"],
    ]

    private static func responses(_ ok: String, _ description: String, schema: [String: Any] = ["type": "object"])
        -> [String: Any]
    {
        errors.merging([ok: json(description, schema: schema)]) { _, new in new }
    }

    nonisolated(unsafe) private static let planParameters: [[String: Any]] = [
        [
            "name": "budget", "in": "query", "required": true, "schema": ["type": "string"],
            "description": "Budget in euros for the whole team",
        ],
        [
            "name": "hours", "in": "query", "schema": ["type": "number"],
            "description": "Study hours per person (default 60)",
        ],
        ["name": "weeks", "in": "query", "schema": ["type": "integer"], "description": "Weeks (default 40)"],
        [
            "name": "teamSize", "in": "query", "schema": ["type": "integer"],
            "description": "Participants (default: the team's size)",
        ],
        [
            "name": "start", "in": "query", "schema": ["type": "string", "format": "date"],
            "description": "First day (default: next Monday)",
        ],
        [
            "name": "format", "in": "query",
            "schema": [
                "type": "array",
                "items": ["type": "string", "enum": ["e-learning", "classroom", "workshop", "coaching"]],
            ], "explode": true,
        ],
    ]

    private static let coordinatorSecurity: [[String: [String]]] = [["session": []], ["basic": []]]

    nonisolated(unsafe) static let paths: [String: [String: Any]] = [
        "/openapi.json": ["get": ["summary": "This document", "responses": ["200": json("The OpenAPI document")]]],
        "/health": ["get": ["summary": "Liveness", "responses": ["200": json("ok")]]],
        "/api/teams/{code}/progress": [
            "parameters": [codeParameter],
            "get": [
                "summary": "The team's XP, level, badges, streak, path, scores and leaderboard neighbours",
                "responses": responses("200", "Progress", schema: ref("Progress")),
            ],
        ],
        "/api/teams/{code}/assessments": [
            "parameters": [codeParameter],
            "get": [
                "summary": "The team's assessments, oldest first",
                "responses": responses("200", "Assessments", schema: array(ref("AssessmentSummary"))),
            ],
        ],
        "/api/r/{token}/responses": [
            "parameters": [
                [
                    "name": "token", "in": "path", "required": true,
                    "description": "The round's respondent token (from its link /r/{token})",
                    "schema": ["type": "string"],
                ]
            ],
            "post": [
                "summary":
                    "One anonymous respondent's complete answers join the open round (rate-limited per address); 404 unknown token, 409 round closed or cancelled, 422 a bad answer (field answers.{id})",
                "requestBody": [
                    "required": true,
                    "content": [
                        "application/json": [
                            "schema": [
                                "type": "object", "required": ["answers"],
                                "properties": [
                                    "role": [
                                        "type": "string", "enum": ["bestuur", "beleid", "uitvoering", "informatie"],
                                    ],
                                    "answers": [
                                        "type": "object",
                                        "description":
                                            "Every statement of the round's questionnaire: 1–5 or \"weet niet\"",
                                        "additionalProperties": [
                                            "oneOf": [
                                                ["type": "integer", "minimum": 1, "maximum": 5],
                                                ["type": "string", "enum": ["weet niet"]],
                                            ]
                                        ],
                                    ],
                                ],
                            ]
                        ]
                    ],
                ],
                "responses": responses("201", "Accepted; how many have answered", schema: ref("ResponseAccepted"))
                    .merging([
                        "409": ["$ref": "#/components/responses/Error"],
                        "422": ["$ref": "#/components/responses/Error"],
                    ]) { _, new in new },
            ],
        ],
        "/api/rounds": [
            "get": [
                "summary": "The rounds of the account's teams, newest first (coordinator)",
                "security": coordinatorSecurity,
                "responses": responses("200", "Rounds", schema: array(ref("RoundStatus"))),
            ],
            "post": [
                "summary":
                    "Open a round for a team (coordinator; with a session also the X-CSRF-Token header); 409 when one is open",
                "security": coordinatorSecurity,
                "requestBody": [
                    "required": true,
                    "content": [
                        "application/json": [
                            "schema": [
                                "type": "object", "required": ["team", "instrument"],
                                "properties": [
                                    "team": ["type": "string", "description": "The team's access code"],
                                    "instrument": ["type": "string", "enum": ["quickscan", "fullscan"]],
                                    "closes": ["type": "string", "format": "date"],
                                    "minimum": ["type": "integer", "minimum": 3],
                                ],
                            ]
                        ]
                    ],
                ],
                "responses": responses("201", "The opened round", schema: ref("RoundStatus")),
            ],
        ],
        "/api/rounds/{id}/close": [
            "parameters": [
                ["name": "id", "in": "path", "required": true, "schema": ["type": "integer"]]
            ],
            "post": [
                "summary":
                    "Close a round into the team's measurement (coordinator); 409 below its minimum or when closed",
                "security": coordinatorSecurity,
                "responses": responses("200", "The measurement", schema: ref("AssessmentResult")),
            ],
        ],
        "/api/teams/{code}/plan": [
            "parameters": [codeParameter],
            "get": [
                "summary": "A learning path for the team's latest assessment within the constraints",
                "parameters": planParameters, "responses": responses("200", "The plan", schema: ref("Plan")),
            ],
        ],
        "/api/teams/{code}/path": [
            "parameters": [codeParameter],
            "post": [
                "summary": "Plan with the constraints and accept the plan as the team's path",
                "parameters": planParameters,
                "responses": responses("201", "The accepted plan", schema: ref("Plan")),
            ],
        ],
        "/api/catalogue": [
            "get": [
                "summary": "The catalogue's modules, filtered",
                "parameters": [
                    ["name": "format", "in": "query", "schema": ["type": "string"]],
                    ["name": "subdimension", "in": "query", "schema": ["type": "string"]],
                    ["name": "q", "in": "query", "schema": ["type": "string"]],
                ],
                "responses": responses("200", "Modules", schema: array(ref("Module"))),
            ]
        ],
        "/api/demos/route": [
            "get": [
                "summary": "The route demo: fixed round against sensor-driven collection for a scenario",
                "parameters": [
                    ["name": "scenario", "in": "query", "required": true, "schema": ["type": "string"]],
                    [
                        "name": "must", "in": "query", "schema": ["type": "number"],
                        "description": "Always empty from (%), default 80",
                    ],
                    [
                        "name": "optional", "in": "query", "schema": ["type": "number"],
                        "description": "Take along when cheap from (%), default 60",
                    ],
                ],
                "responses": responses("200", "Both plans' km, the saving, the routes", schema: ref("RouteDemo")),
            ]
        ],
        "/api/demos/forecast": [
            "get": [
                "summary": "The forecast demo: 12 months with 80 % and 95 % intervals and a backtest",
                "parameters": [
                    ["name": "scenario", "in": "query", "required": true, "schema": ["type": "string"]],
                    [
                        "name": "method", "in": "query",
                        "schema": ["type": "string", "enum": ["auto", "ets", "theta", "combo", "naive2"]],
                    ],
                ],
                "responses": responses(
                    "200", "Method, forecast, bounds and backtest errors", schema: ref("Forecast")),
            ]
        ],
        "/api/teams": [
            "get": [
                "summary": "Every team with its access code (coordinator)", "security": coordinatorSecurity,
                "responses": responses("200", "Teams", schema: array(ref("TeamSummary"))),
            ]
        ],
        "/api/demand": [
            "get": [
                "summary": "Course demand across teams: people, runs and cost per module (coordinator)",
                "security": coordinatorSecurity,
                "responses": responses("200", "Demand", schema: array(ref("DemandLine"))),
            ]
        ],
        "/api/coordinator/progress": [
            "post": [
                "summary": "Record a team's activity (coordinator; with a session also the X-CSRF-Token header)",
                "security": coordinatorSecurity,
                "requestBody": [
                    "required": true,
                    "content": [
                        "application/json": [
                            "schema": [
                                "type": "object", "required": ["team", "activity", "item"],
                                "properties": [
                                    "team": ["type": "string", "description": "The team's access code"],
                                    "activity": ["type": "string", "enum": ["started", "completed", "tried"]],
                                    "item": ["type": "string", "description": "module:ID or usecase:ID"],
                                    "score": ["type": "number", "minimum": 0, "maximum": 1],
                                ],
                            ]
                        ]
                    ],
                ],
                "responses": responses("201", "The recorded event ids"),
            ]
        ],
    ]

    /// Every path: the API's and the standards' (``standardsPaths``).
    nonisolated(unsafe) static let allPaths = paths.merging(standardsPaths) { own, _ in own }

    static let json: String = {
        let document: [String: Any] = [
            "openapi": "3.0.3",
            "info": [
                "title": "Leerpad API", "version": "3.0.0",
                "description":
                    "Maturity scans, learning paths and progress for municipal teams. Errors are {\"error\": message, \"field\": name or null}.",
            ],
            "paths": allPaths,
            "components": [
                "securitySchemes": [
                    "session": ["type": "apiKey", "in": "cookie", "name": Cookies.session],
                    "basic": ["type": "http", "scheme": "basic"],
                ],
                "schemas": schemas.merging(standardsSchemas) { own, _ in own },
                "responses": ["Error": json("A refused request", schema: ["$ref": "#/components/schemas/Error"])],
            ],
        ]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }()
}
