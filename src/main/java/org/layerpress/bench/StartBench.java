package org.layerpress.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.layerpress.application.StartMarker;

/**
 * How long {@code layerpress run --demo} takes from launch to each start-up phase, as the start
 * markers of a child JVM report them (milliseconds since that JVM started): the login screen painted,
 * the names listed, the press link up. Cold runs start on a fresh data folder each (database created
 * and migrated, demo people and recipes seeded, certificates made); warm runs reuse the folder of
 * the first cold run.
 */
public final class StartBench {

    /** The phases reported, in the order they usually come. */
    static final List<String> PHASES = List.of(StartMarker.MAIN, StartMarker.LOGIN_PAINTED, StartMarker.DB_READY, StartMarker.NAMES_LISTED,
            StartMarker.PRESS_LINKED);
    /** Each run launches a JVM twice (cold and warm): more than this is an afternoon. */
    public static final int MAX_RUNS = 100;
    private static final int CHILD_TIMEOUT_SECONDS = 180;

    private final Figures figures;
    private final Path work;
    private final int runs;
    private final String classPath;

    /** @param classPath the class path of the HMI to launch (by default this JVM's: the jar it runs from) */
    public StartBench(PrintWriter out, Path work, int runs, String classPath) {
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("--runs must be 1.." + MAX_RUNS + ", was " + runs);
        }
        this.figures = new Figures(out);
        this.work = work;
        this.runs = runs;
        this.classPath = classPath;
    }

    public void run() throws Exception {
        figures.note("launch -> phase, ms since the child JVM started; " + runs + " run(s) each; headless (Monocle, software rendering), --demo");
        List<Map<String, Long>> cold = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            cold.add(StartChild.run(classPath, Files.createDirectories(work.resolve("cold-" + i)), work.resolve("cold-" + i + ".log"),
                    CHILD_TIMEOUT_SECONDS));
        }
        report("start", cold);
        // The first cold run's folder is a station that has started once: the warm runs start on it again.
        Path warmDir = work.resolve("cold-0");
        List<Map<String, Long>> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            warm.add(StartChild.run(classPath, warmDir, work.resolve("warm-" + i + ".log"), CHILD_TIMEOUT_SECONDS));
        }
        report("start.warm", warm);
    }

    private void report(String prefix, List<Map<String, Long>> all) {
        Map<String, List<Long>> byPhase = new LinkedHashMap<>();
        PHASES.forEach(p -> byPhase.put(p, new ArrayList<>()));
        all.forEach(run -> run.forEach((phase, ms) -> byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(ms)));
        byPhase.forEach((phase, values) -> {
            if (values.size() < all.size()) {
                figures.note(prefix + "." + phase + ": reached in " + values.size() + " of " + all.size() + " run(s)");
            }
            if (!values.isEmpty()) {
                figures.percentiles(prefix + "." + phase, new Percentiles(values.stream().mapToDouble(Long::doubleValue).toArray()), "ms");
            }
        });
    }
}
