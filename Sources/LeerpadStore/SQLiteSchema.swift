import GRDB

/// The SQLite schema as versioned migrations, applied in order by ``SQLiteProgressStore`` when it
/// opens a file. A migration, once released, is never edited: a change is a new migration.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: teams, assessments, paths, progress log") { db in
            try db.execute(
                sql: """
                    CREATE TABLE team (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        municipality TEXT NOT NULL,
                        size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 10000),
                        accessCode TEXT NOT NULL UNIQUE,
                        leaderboardOptOut BOOLEAN NOT NULL DEFAULT 0,
                        createdAt DATETIME NOT NULL
                    );
                    CREATE TABLE assessment (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        teamId INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                        takenAt DATETIME NOT NULL,
                        source TEXT NOT NULL,
                        modelVersion TEXT NOT NULL
                    );
                    CREATE TABLE answer (
                        assessmentId INTEGER NOT NULL REFERENCES assessment(id) ON DELETE RESTRICT,
                        respondent TEXT NOT NULL,
                        role TEXT,
                        statementId TEXT NOT NULL,
                        value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
                        PRIMARY KEY (assessmentId, respondent, statementId)
                    );
                    CREATE TABLE learningPath (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        teamId INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                        acceptedAt DATETIME NOT NULL,
                        plan TEXT NOT NULL
                    );
                    CREATE TABLE progressEvent (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        teamId INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                        kind TEXT NOT NULL CHECK (kind IN ('started', 'completed', 'tried', 'assessed', 'correction')),
                        target TEXT NOT NULL,
                        score DOUBLE CHECK (score IS NULL OR score BETWEEN 0 AND 1),
                        note TEXT,
                        occurredAt DATETIME NOT NULL,
                        recordedAt DATETIME NOT NULL
                    );
                    CREATE INDEX progressEvent_team ON progressEvent(teamId, id);
                    CREATE INDEX assessment_team ON assessment(teamId, takenAt);
                    CREATE TRIGGER progressEvent_append_only_update BEFORE UPDATE ON progressEvent
                    BEGIN SELECT RAISE(ABORT, 'the progress log is append-only; record a correction instead'); END;
                    CREATE TRIGGER progressEvent_append_only_delete BEFORE DELETE ON progressEvent
                    BEGIN SELECT RAISE(ABORT, 'the progress log is append-only; record a correction instead'); END;
                    """)
        }
        migrator.registerMigration("v2: accounts, sessions, rounds, measurement kinds, audited team deletion") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        role TEXT NOT NULL CHECK (role IN ('admin', 'hr')),
                        municipality TEXT,
                        passwordHash TEXT NOT NULL,
                        createdAt DATETIME NOT NULL,
                        CHECK ((role = 'hr') = (municipality IS NOT NULL))
                    );
                    CREATE TABLE coordinatorSession (
                        token TEXT PRIMARY KEY,
                        accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        createdAt DATETIME NOT NULL,
                        lastSeenAt DATETIME NOT NULL
                    );
                    CREATE INDEX coordinatorSession_account ON coordinatorSession(accountId);
                    CREATE TABLE round (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        teamId INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                        token TEXT NOT NULL UNIQUE,
                        instrument TEXT NOT NULL,
                        openedAt DATETIME NOT NULL,
                        closesAt DATETIME,
                        minimumRespondents INTEGER NOT NULL CHECK (minimumRespondents BETWEEN 1 AND 10000),
                        state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'cancelled')),
                        endedAt DATETIME,
                        assessmentId INTEGER REFERENCES assessment(id) ON DELETE RESTRICT
                    );
                    CREATE INDEX round_team ON round(teamId, id);
                    CREATE TABLE roundResponse (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        roundId INTEGER NOT NULL REFERENCES round(id) ON DELETE RESTRICT,
                        key TEXT NOT NULL UNIQUE,
                        role TEXT,
                        answers TEXT NOT NULL,
                        startedAt DATETIME NOT NULL,
                        submittedAt DATETIME
                    );
                    CREATE INDEX roundResponse_round ON roundResponse(roundId, id);
                    ALTER TABLE assessment ADD COLUMN kind TEXT NOT NULL DEFAULT 'legacy'
                        CHECK (kind IN ('round', 'import', 'legacy'));
                    ALTER TABLE assessment ADD COLUMN roundId INTEGER REFERENCES round(id);
                    ALTER TABLE assessment ADD COLUMN respondents INTEGER NOT NULL DEFAULT 0;
                    UPDATE assessment SET respondents =
                        (SELECT COUNT(DISTINCT respondent) FROM answer WHERE answer.assessmentId = assessment.id);
                    CREATE TABLE teamDeletion (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        teamId INTEGER NOT NULL,
                        teamName TEXT NOT NULL,
                        municipality TEXT NOT NULL,
                        deletedBy TEXT NOT NULL,
                        deletedAt DATETIME NOT NULL,
                        events INTEGER NOT NULL,
                        assessments INTEGER NOT NULL
                    );
                    CREATE TRIGGER teamDeletion_append_only_update BEFORE UPDATE ON teamDeletion
                    BEGIN SELECT RAISE(ABORT, 'the deletion audit is append-only'); END;
                    CREATE TRIGGER teamDeletion_append_only_delete BEFORE DELETE ON teamDeletion
                    BEGIN SELECT RAISE(ABORT, 'the deletion audit is append-only'); END;
                    DROP TRIGGER progressEvent_append_only_delete;
                    CREATE TRIGGER progressEvent_append_only_delete BEFORE DELETE ON progressEvent
                    WHEN NOT EXISTS (SELECT 1 FROM teamDeletion WHERE teamDeletion.teamId = OLD.teamId)
                    BEGIN SELECT RAISE(ABORT, 'the progress log is append-only; record a correction instead'); END;
                    """)
        }
        migrator.registerMigration("lrs outbox and issuer keys") { db in
            try db.execute(
                sql: """
                    CREATE TABLE issuerKey (
                        id TEXT PRIMARY KEY,
                        privateKey BLOB NOT NULL,
                        publicKey BLOB NOT NULL,
                        createdAt DATETIME NOT NULL,
                        retiredAt DATETIME
                    );
                    CREATE TABLE issuedCredential (
                        id TEXT PRIMARY KEY,
                        teamId INTEGER NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                        eventId INTEGER NOT NULL,
                        badgeId TEXT NOT NULL,
                        keyId TEXT NOT NULL REFERENCES issuerKey(id) ON DELETE RESTRICT,
                        issuedAt DATETIME NOT NULL
                    );
                    CREATE TABLE lrsOutbox (
                        endpoint TEXT NOT NULL,
                        statementId TEXT NOT NULL,
                        statement TEXT NOT NULL,
                        enqueuedAt DATETIME NOT NULL,
                        attempts INTEGER NOT NULL DEFAULT 0,
                        nextAttemptAt DATETIME NOT NULL,
                        lastAttemptAt DATETIME,
                        lastError TEXT,
                        deliveredAt DATETIME,
                        PRIMARY KEY (endpoint, statementId)
                    );
                    CREATE INDEX lrsOutbox_pending ON lrsOutbox(endpoint, deliveredAt, nextAttemptAt);
                    CREATE TABLE lrsEndpoint (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        url TEXT NOT NULL,
                        username TEXT,
                        password TEXT,
                        updatedAt DATETIME NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v4: team revisions, kept team states, stored catalogues") { db in
            // Every write about a team raises its revision, from any process: a cache of derived
            // data checks the revision instead of rereading the log.
            try db.execute(
                sql: """
                    ALTER TABLE team ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
                    CREATE TRIGGER team_revision_event AFTER INSERT ON progressEvent
                    BEGIN UPDATE team SET revision = revision + 1 WHERE id = NEW.teamId; END;
                    CREATE TRIGGER team_revision_assessment AFTER INSERT ON assessment
                    BEGIN UPDATE team SET revision = revision + 1 WHERE id = NEW.teamId; END;
                    CREATE TRIGGER team_revision_path AFTER INSERT ON learningPath
                    BEGIN UPDATE team SET revision = revision + 1 WHERE id = NEW.teamId; END;
                    CREATE TRIGGER team_revision_round_insert AFTER INSERT ON round
                    BEGIN UPDATE team SET revision = revision + 1 WHERE id = NEW.teamId; END;
                    CREATE TRIGGER team_revision_round_update AFTER UPDATE OF state, closesAt ON round
                    BEGIN UPDATE team SET revision = revision + 1 WHERE id = NEW.teamId; END;
                    CREATE TRIGGER team_revision_team AFTER UPDATE OF name, municipality, size, leaderboardOptOut ON team
                    BEGIN UPDATE team SET revision = revision + 1 WHERE id = NEW.id; END;
                    CREATE TABLE teamState (
                        teamId INTEGER PRIMARY KEY REFERENCES team(id) ON DELETE CASCADE,
                        revision INTEGER NOT NULL,
                        basis TEXT NOT NULL,
                        xp INTEGER NOT NULL,
                        level INTEGER NOT NULL,
                        badges TEXT NOT NULL,
                        events INTEGER NOT NULL,
                        lastGainAt DATETIME
                    );
                    CREATE TABLE catalogue (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        xml BLOB NOT NULL,
                        uploadedBy TEXT NOT NULL,
                        uploadedAt DATETIME NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v5: teams by municipality") { db in
            // Team pages rank a team among its municipality's teams; the dashboard filters by one.
            try db.execute(sql: "CREATE INDEX team_municipality ON team(lower(trim(municipality)), name)")
        }
        return migrator
    }
}
