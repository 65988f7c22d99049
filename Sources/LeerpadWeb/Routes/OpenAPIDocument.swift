import Foundation

/// The OpenAPI 3 description of the JSON API, served at `/openapi.json`.
enum OpenAPIDocument {
    /// Every documented operation: path and method (tests check each exists).
    static let operations: [(path: String, method: String)] = paths.flatMap { path, item in
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
                "responses": responses("200", "Progress"),
            ],
        ],
        "/api/teams/{code}/assessments": [
            "parameters": [codeParameter],
            "get": [
                "summary": "The team's assessments, oldest first",
                "responses": responses("200", "Assessments", schema: ["type": "array", "items": ["type": "object"]]),
            ],
            "post": [
                "summary":
                    "Store an answer sheet (CSV, at most 1 MiB) as a new assessment; returns scores and recommendations",
                "requestBody": ["required": true, "content": ["text/csv": ["schema": ["type": "string"]]]],
                "responses": responses("201", "The scored assessment").merging([
                    "422": ["$ref": "#/components/responses/Error"]
                ]) { _, new in new },
            ],
        ],
        "/api/teams/{code}/plan": [
            "parameters": [codeParameter],
            "get": [
                "summary": "A learning path for the team's latest assessment within the constraints",
                "parameters": planParameters, "responses": responses("200", "The plan"),
            ],
        ],
        "/api/teams/{code}/path": [
            "parameters": [codeParameter],
            "post": [
                "summary": "Plan with the constraints and accept the plan as the team's path",
                "parameters": planParameters, "responses": responses("201", "The accepted plan"),
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
                "responses": responses("200", "Modules", schema: ["type": "array", "items": ["type": "object"]]),
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
                "responses": responses("200", "Both plans' km, the saving, the routes"),
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
                "responses": responses("200", "Method, forecast, bounds and backtest errors"),
            ]
        ],
        "/api/teams": [
            "get": [
                "summary": "Every team with its access code (coordinator)", "security": coordinatorSecurity,
                "responses": responses("200", "Teams", schema: ["type": "array", "items": ["type": "object"]]),
            ]
        ],
        "/api/demand": [
            "get": [
                "summary": "Course demand across teams: people, runs and cost per module (coordinator)",
                "security": coordinatorSecurity,
                "responses": responses("200", "Demand", schema: ["type": "array", "items": ["type": "object"]]),
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

    static let json: String = {
        let document: [String: Any] = [
            "openapi": "3.0.3",
            "info": [
                "title": "Leerpad API", "version": "1.0.0",
                "description":
                    "Maturity scans, learning paths and progress for municipal teams. Errors are {\"error\": message, \"field\": name or null}.",
            ],
            "paths": paths,
            "components": [
                "securitySchemes": [
                    "session": ["type": "apiKey", "in": "cookie", "name": Cookies.session],
                    "basic": ["type": "http", "scheme": "basic"],
                ],
                "schemas": [
                    "Error": [
                        "type": "object", "required": ["error", "field"],
                        "properties": ["error": ["type": "string"], "field": ["type": "string", "nullable": true]],
                    ]
                ],
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
