/// The PostgreSQL schema as versioned migrations, the same tables and columns as ``SQLiteSchema``
/// step by step, applied in order by ``PostgresProgressStore`` (at init and by `migrate()`). A
/// migration, once released, is never edited: a change is a new migration.
///
/// Types: ids are `BIGSERIAL`/`BIGINT`, instants `TIMESTAMPTZ` (to the microsecond), flags
/// `BOOLEAN`, keys `BYTEA`. Every text column is `COLLATE "C"`, which compares and sorts bytes as
/// SQLite does; team and account names are unique under `lower()`, which in that collation folds
/// ASCII letters only, as SQLite's `NOCASE` does. `issuerKey`, `issuedCredential` and `lrsOutbox`
/// have a `seq` column standing in for SQLite's implicit `rowid` (their insertion order).
///
/// The progress log and the deletion audit are append-only in the database itself: triggers
/// refuse UPDATE, DELETE (of the log: unless the team's deletion is audited) and TRUNCATE.
///
/// Applied migrations are listed in `schema_migration(version, name, applied_at)`. Two processes
/// starting at once take turns on one advisory lock, each migration in its own transaction.
enum PostgresSchema {
    /// One migration: its version (1, 2, …), its name (as SQLite's), and its statements in order.
    struct Migration {
        var version: Int
        var name: String
        var statements: [String]
    }

    /// The key of the advisory lock held while migrations are checked and applied ("LEERPAD1").
    static let lockKey: Int64 = 0x4C45_4552_5041_4431

    static let migrationTable = """
        CREATE TABLE IF NOT EXISTS schema_migration (
            version INT PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )
        """

    static let appendOnlyMessage = "the progress log is append-only; record a correction instead"

    static let migrations: [Migration] = [
        Migration(
            version: 1, name: "v1: teams, assessments, paths, progress log",
            statements: [
                """
                CREATE TABLE team (
                    id BIGSERIAL PRIMARY KEY,
                    name TEXT COLLATE "C" NOT NULL,
                    municipality TEXT COLLATE "C" NOT NULL,
                    size INTEGER NOT NULL CHECK (size BETWEEN 1 AND 10000),
                    accessCode TEXT COLLATE "C" NOT NULL,
                    leaderboardOptOut BOOLEAN NOT NULL DEFAULT FALSE,
                    createdAt TIMESTAMPTZ NOT NULL
                )
                """,
                "CREATE UNIQUE INDEX team_name_unique ON team (lower(name))",
                "CREATE UNIQUE INDEX team_accesscode_unique ON team (accessCode)",
                """
                CREATE TABLE assessment (
                    id BIGSERIAL PRIMARY KEY,
                    teamId BIGINT NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                    takenAt TIMESTAMPTZ NOT NULL,
                    source TEXT COLLATE "C" NOT NULL,
                    modelVersion TEXT COLLATE "C" NOT NULL
                )
                """,
                """
                CREATE TABLE answer (
                    assessmentId BIGINT NOT NULL REFERENCES assessment(id) ON DELETE RESTRICT,
                    respondent TEXT COLLATE "C" NOT NULL,
                    role TEXT COLLATE "C",
                    statementId TEXT COLLATE "C" NOT NULL,
                    value INTEGER CHECK (value IS NULL OR value BETWEEN 1 AND 5),
                    PRIMARY KEY (assessmentId, respondent, statementId)
                )
                """,
                """
                CREATE TABLE learningPath (
                    id BIGSERIAL PRIMARY KEY,
                    teamId BIGINT NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                    acceptedAt TIMESTAMPTZ NOT NULL,
                    plan TEXT COLLATE "C" NOT NULL
                )
                """,
                """
                CREATE TABLE progressEvent (
                    id BIGSERIAL PRIMARY KEY,
                    teamId BIGINT NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                    kind TEXT COLLATE "C" NOT NULL
                        CHECK (kind IN ('started', 'completed', 'tried', 'assessed', 'correction')),
                    target TEXT COLLATE "C" NOT NULL,
                    score DOUBLE PRECISION CHECK (score IS NULL OR score BETWEEN 0 AND 1),
                    note TEXT COLLATE "C",
                    occurredAt TIMESTAMPTZ NOT NULL,
                    recordedAt TIMESTAMPTZ NOT NULL
                )
                """,
                "CREATE INDEX progressEvent_team ON progressEvent (teamId, id)",
                "CREATE INDEX assessment_team ON assessment (teamId, takenAt)",
                """
                CREATE FUNCTION progressEvent_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '\(appendOnlyMessage)' USING ERRCODE = 'restrict_violation';
                END $$
                """,
                """
                CREATE TRIGGER progressEvent_append_only_update BEFORE UPDATE ON progressEvent
                FOR EACH ROW EXECUTE FUNCTION progressEvent_append_only()
                """,
                """
                CREATE TRIGGER progressEvent_append_only_delete BEFORE DELETE ON progressEvent
                FOR EACH ROW EXECUTE FUNCTION progressEvent_append_only()
                """,
                """
                CREATE TRIGGER progressEvent_append_only_truncate BEFORE TRUNCATE ON progressEvent
                FOR EACH STATEMENT EXECUTE FUNCTION progressEvent_append_only()
                """,
            ]),
        Migration(
            version: 2, name: "v2: accounts, sessions, rounds, measurement kinds, audited team deletion",
            statements: [
                """
                CREATE TABLE account (
                    id BIGSERIAL PRIMARY KEY,
                    name TEXT COLLATE "C" NOT NULL,
                    role TEXT COLLATE "C" NOT NULL CHECK (role IN ('admin', 'hr')),
                    municipality TEXT COLLATE "C",
                    passwordHash TEXT COLLATE "C" NOT NULL,
                    createdAt TIMESTAMPTZ NOT NULL,
                    CHECK ((role = 'hr') = (municipality IS NOT NULL))
                )
                """,
                "CREATE UNIQUE INDEX account_name_unique ON account (lower(name))",
                """
                CREATE TABLE coordinatorSession (
                    token TEXT COLLATE "C" PRIMARY KEY,
                    accountId BIGINT NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    createdAt TIMESTAMPTZ NOT NULL,
                    lastSeenAt TIMESTAMPTZ NOT NULL
                )
                """,
                "CREATE INDEX coordinatorSession_account ON coordinatorSession (accountId)",
                // `round` and `assessment` refer to each other; the references are checked at the
                // end of a store copy's transaction (SET CONSTRAINTS ALL DEFERRED).
                """
                CREATE TABLE round (
                    id BIGSERIAL PRIMARY KEY,
                    teamId BIGINT NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                    token TEXT COLLATE "C" NOT NULL UNIQUE,
                    instrument TEXT COLLATE "C" NOT NULL,
                    openedAt TIMESTAMPTZ NOT NULL,
                    closesAt TIMESTAMPTZ,
                    minimumRespondents INTEGER NOT NULL CHECK (minimumRespondents BETWEEN 1 AND 10000),
                    state TEXT COLLATE "C" NOT NULL CHECK (state IN ('open', 'closed', 'cancelled')),
                    endedAt TIMESTAMPTZ,
                    assessmentId BIGINT REFERENCES assessment(id) ON DELETE RESTRICT DEFERRABLE INITIALLY IMMEDIATE
                )
                """,
                "CREATE INDEX round_team ON round (teamId, id)",
                """
                CREATE TABLE roundResponse (
                    id BIGSERIAL PRIMARY KEY,
                    roundId BIGINT NOT NULL REFERENCES round(id) ON DELETE RESTRICT,
                    key TEXT COLLATE "C" NOT NULL UNIQUE,
                    role TEXT COLLATE "C",
                    answers TEXT COLLATE "C" NOT NULL,
                    startedAt TIMESTAMPTZ NOT NULL,
                    submittedAt TIMESTAMPTZ
                )
                """,
                "CREATE INDEX roundResponse_round ON roundResponse (roundId, id)",
                """
                ALTER TABLE assessment ADD COLUMN kind TEXT COLLATE "C" NOT NULL DEFAULT 'legacy'
                    CHECK (kind IN ('round', 'import', 'legacy'))
                """,
                """
                ALTER TABLE assessment ADD COLUMN roundId BIGINT
                    REFERENCES round(id) DEFERRABLE INITIALLY IMMEDIATE
                """,
                "ALTER TABLE assessment ADD COLUMN respondents INTEGER NOT NULL DEFAULT 0",
                """
                UPDATE assessment SET respondents =
                    (SELECT COUNT(DISTINCT respondent) FROM answer WHERE answer.assessmentId = assessment.id)
                """,
                """
                CREATE TABLE teamDeletion (
                    id BIGSERIAL PRIMARY KEY,
                    teamId BIGINT NOT NULL,
                    teamName TEXT COLLATE "C" NOT NULL,
                    municipality TEXT COLLATE "C" NOT NULL,
                    deletedBy TEXT COLLATE "C" NOT NULL,
                    deletedAt TIMESTAMPTZ NOT NULL,
                    events INTEGER NOT NULL,
                    assessments INTEGER NOT NULL
                )
                """,
                "CREATE INDEX teamDeletion_team ON teamDeletion (teamId)",
                """
                CREATE FUNCTION teamDeletion_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'the deletion audit is append-only' USING ERRCODE = 'restrict_violation';
                END $$
                """,
                """
                CREATE TRIGGER teamDeletion_append_only_update BEFORE UPDATE ON teamDeletion
                FOR EACH ROW EXECUTE FUNCTION teamDeletion_append_only()
                """,
                """
                CREATE TRIGGER teamDeletion_append_only_delete BEFORE DELETE ON teamDeletion
                FOR EACH ROW EXECUTE FUNCTION teamDeletion_append_only()
                """,
                """
                CREATE TRIGGER teamDeletion_append_only_truncate BEFORE TRUNCATE ON teamDeletion
                FOR EACH STATEMENT EXECUTE FUNCTION teamDeletion_append_only()
                """,
                // A log row may go only with its team, once that team's deletion is audited.
                """
                CREATE FUNCTION progressEvent_delete_audited() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM teamDeletion WHERE teamDeletion.teamId = OLD.teamId) THEN
                        RAISE EXCEPTION '\(appendOnlyMessage)' USING ERRCODE = 'restrict_violation';
                    END IF;
                    RETURN OLD;
                END $$
                """,
                "DROP TRIGGER progressEvent_append_only_delete ON progressEvent",
                """
                CREATE TRIGGER progressEvent_append_only_delete BEFORE DELETE ON progressEvent
                FOR EACH ROW EXECUTE FUNCTION progressEvent_delete_audited()
                """,
            ]),
        Migration(
            version: 3, name: "lrs outbox and issuer keys",
            statements: [
                """
                CREATE TABLE issuerKey (
                    id TEXT COLLATE "C" PRIMARY KEY,
                    privateKey BYTEA NOT NULL,
                    publicKey BYTEA NOT NULL,
                    createdAt TIMESTAMPTZ NOT NULL,
                    retiredAt TIMESTAMPTZ,
                    seq BIGSERIAL NOT NULL
                )
                """,
                """
                CREATE TABLE issuedCredential (
                    id TEXT COLLATE "C" PRIMARY KEY,
                    teamId BIGINT NOT NULL REFERENCES team(id) ON DELETE RESTRICT,
                    eventId BIGINT NOT NULL,
                    badgeId TEXT COLLATE "C" NOT NULL,
                    keyId TEXT COLLATE "C" NOT NULL REFERENCES issuerKey(id) ON DELETE RESTRICT,
                    issuedAt TIMESTAMPTZ NOT NULL,
                    seq BIGSERIAL NOT NULL
                )
                """,
                """
                CREATE TABLE lrsOutbox (
                    endpoint TEXT COLLATE "C" NOT NULL,
                    statementId TEXT COLLATE "C" NOT NULL,
                    statement TEXT COLLATE "C" NOT NULL,
                    enqueuedAt TIMESTAMPTZ NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    nextAttemptAt TIMESTAMPTZ NOT NULL,
                    lastAttemptAt TIMESTAMPTZ,
                    lastError TEXT COLLATE "C",
                    deliveredAt TIMESTAMPTZ,
                    seq BIGSERIAL NOT NULL,
                    PRIMARY KEY (endpoint, statementId)
                )
                """,
                "CREATE INDEX lrsOutbox_pending ON lrsOutbox (endpoint, deliveredAt, nextAttemptAt)",
                """
                CREATE TABLE lrsEndpoint (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    url TEXT COLLATE "C" NOT NULL,
                    username TEXT COLLATE "C",
                    password TEXT COLLATE "C",
                    updatedAt TIMESTAMPTZ NOT NULL
                )
                """,
            ]),
        Migration(
            version: 4, name: "v4: team revisions, kept team states, stored catalogues",
            statements: [
                // Every write about a team raises its revision, from any process: a cache of
                // derived data checks the revision instead of rereading the log.
                "ALTER TABLE team ADD COLUMN revision BIGINT NOT NULL DEFAULT 0",
                """
                CREATE FUNCTION team_revision_raise() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE team SET revision = revision + 1 WHERE id = NEW.teamId;
                    RETURN NULL;
                END $$
                """,
                """
                CREATE TRIGGER team_revision_event AFTER INSERT ON progressEvent
                FOR EACH ROW EXECUTE FUNCTION team_revision_raise()
                """,
                """
                CREATE TRIGGER team_revision_assessment AFTER INSERT ON assessment
                FOR EACH ROW EXECUTE FUNCTION team_revision_raise()
                """,
                """
                CREATE TRIGGER team_revision_path AFTER INSERT ON learningPath
                FOR EACH ROW EXECUTE FUNCTION team_revision_raise()
                """,
                """
                CREATE TRIGGER team_revision_round_insert AFTER INSERT ON round
                FOR EACH ROW EXECUTE FUNCTION team_revision_raise()
                """,
                """
                CREATE TRIGGER team_revision_round_update AFTER UPDATE OF state, closesAt ON round
                FOR EACH ROW EXECUTE FUNCTION team_revision_raise()
                """,
                """
                CREATE FUNCTION team_revision_self() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.revision := OLD.revision + 1;
                    RETURN NEW;
                END $$
                """,
                """
                CREATE TRIGGER team_revision_team BEFORE UPDATE OF name, municipality, size, leaderboardOptOut ON team
                FOR EACH ROW EXECUTE FUNCTION team_revision_self()
                """,
                """
                CREATE TABLE teamState (
                    teamId BIGINT PRIMARY KEY REFERENCES team(id) ON DELETE CASCADE,
                    revision BIGINT NOT NULL,
                    basis TEXT COLLATE "C" NOT NULL,
                    xp INTEGER NOT NULL,
                    level INTEGER NOT NULL,
                    badges TEXT COLLATE "C" NOT NULL,
                    events INTEGER NOT NULL,
                    lastGainAt TIMESTAMPTZ
                )
                """,
                """
                CREATE TABLE catalogue (
                    id BIGSERIAL PRIMARY KEY,
                    xml BYTEA NOT NULL,
                    uploadedBy TEXT COLLATE "C" NOT NULL,
                    uploadedAt TIMESTAMPTZ NOT NULL
                )
                """,
            ]),
        Migration(
            version: 5, name: "v5: teams by municipality",
            statements: [
                // Team pages rank a team among its municipality's teams; the dashboard filters by one.
                "CREATE INDEX team_municipality ON team (lower(trim(municipality)), name)"
            ]),
    ]
}
