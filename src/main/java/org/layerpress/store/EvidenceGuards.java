package org.layerpress.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Checks, each time the database opens, that what keeps the evidence append-only is still in place:
 * every trigger the migrations created (on the table and calling the class they named, for each of
 * their events) and every applied migration's checksum in Flyway's history. Someone with the file and
 * a SQL tool can drop a trigger, rewrite rows and leave; without this check the station would go on
 * recording into, and QA would go on signing, a database that no longer refuses anything.
 *
 * <p>The expected triggers are read from the applied migration scripts themselves ({@code CREATE
 * TRIGGER} adds, {@code DROP TRIGGER} removes), so a new migration's trigger is guarded without a
 * second list to keep in step.
 */
public final class EvidenceGuards {

    private static final Pattern CREATE = Pattern.compile(
            "CREATE\\s+TRIGGER\\s+(\\w+)\\s+(BEFORE|AFTER)\\s+([A-Z ,]+?)\\s+ON\\s+(\\w+)\\s+FOR\\s+EACH\\s+ROW\\s+CALL\\s+\"([\\w.$]+)\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("DROP\\s+TRIGGER\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);

    /** One trigger as a migration created it. */
    record Expected(String name, String timing, Set<String> events, String table, String javaClass, String script) {
    }

    private EvidenceGuards() {
    }

    /** What is wrong with the guards of {@code db}, one sentence each; empty when all are in place. */
    public static List<String> check(Database db) {
        Flyway flyway = Database.flyway(db.dataSource());
        List<String> problems = new ArrayList<>(checksumProblems(flyway));
        try (Connection c = db.connection()) {
            problems.addAll(triggerProblems(expectedTriggers(flyway), c));
        } catch (SQLException e) {
            problems.add("the triggers could not be read: " + e.getMessage());
        }
        return problems;
    }

    /** Applied migrations whose recorded checksum differs from the script shipped with this LayerPress. */
    static List<String> checksumProblems(Flyway flyway) {
        ValidateResult result = Flyway.configure().configuration(flyway.getConfiguration())
                .ignoreMigrationPatterns("*:pending").load().validateWithResult();
        List<String> problems = new ArrayList<>();
        for (ValidateOutput invalid : result.invalidMigrations) {
            problems.add("migration " + invalid.version + " (" + invalid.description + ") does not match its script: "
                    + invalid.errorDetails.errorMessage.lines().findFirst().orElse(""));
        }
        if (problems.isEmpty() && !result.validationSuccessful) {
            problems.add("the schema history does not validate: " + result.getAllErrorMessages());
        }
        return problems;
    }

    static List<Expected> expectedTriggers(Flyway flyway) {
        Map<String, Expected> expected = new LinkedHashMap<>();
        for (MigrationInfo applied : flyway.info().applied()) {
            String script = applied.getScript();
            String sql = script(script);
            Matcher created = CREATE.matcher(sql);
            while (created.find()) {
                Set<String> events = new HashSet<>();
                for (String event : created.group(3).split(",")) {
                    events.add(event.strip().toUpperCase(Locale.ROOT));
                }
                String name = created.group(1).toUpperCase(Locale.ROOT);
                expected.put(name, new Expected(name, created.group(2).toUpperCase(Locale.ROOT), events, created.group(4).toUpperCase(Locale.ROOT),
                        created.group(5), script));
            }
            Matcher dropped = DROP.matcher(sql);
            while (dropped.find()) {
                expected.remove(dropped.group(1).toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(expected.values());
    }

    private static String script(String script) {
        try (InputStream in = EvidenceGuards.class.getClassLoader().getResourceAsStream("db/migration/" + script)) {
            if (in == null) {
                throw new StoreException("the migration " + script + " is not in this LayerPress; the database cannot be checked");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read the migration " + script + ": " + e.getMessage(), e);
        }
    }

    private static List<String> triggerProblems(List<Expected> expected, Connection c) throws SQLException {
        Map<String, List<String[]>> found = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, JAVA_CLASS, ACTION_TIMING FROM INFORMATION_SCHEMA.TRIGGERS")) {
            while (rs.next()) {
                found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        List<String> problems = new ArrayList<>();
        for (Expected e : expected) {
            String what = e.name() + " (" + e.timing() + " " + String.join(", ", new java.util.TreeSet<>(e.events())) + " ON " + e.table()
                    + ", from " + e.script() + ")";
            List<String[]> rows = found.get(e.name());
            if (rows == null) {
                // BEFORE triggers refuse changes of evidence; the AFTER ones (V20) queue new rows for the central database.
                problems.add("trigger " + what + " is missing: " + ("AFTER".equals(e.timing())
                        ? "new " + e.table() + " rows are no longer queued for the central database"
                        : String.join(" and ", new java.util.TreeSet<>(e.events())) + " of " + e.table() + " rows is no longer refused"));
                continue;
            }
            Set<String> events = new HashSet<>();
            for (String[] row : rows) {
                events.add(row[0]);
                if (!row[1].equals(e.table()) || !row[2].equals(e.javaClass()) || !e.timing().equals(row[3])) {
                    problems.add("trigger " + what + " was replaced: it is now " + row[3] + " " + row[0] + " ON " + row[1] + " calling " + row[2]);
                }
            }
            if (!events.containsAll(e.events())) {
                problems.add("trigger " + what + " was replaced: it now fires on " + String.join(", ", events) + " only");
            }
        }
        return problems;
    }
}
