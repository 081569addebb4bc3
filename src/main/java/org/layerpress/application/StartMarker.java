package org.layerpress.application;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One line on standard output per start-up phase, with the milliseconds since the JVM started, so
 * {@code layerpress bench start} can read from a child process where its start-up time went. Off
 * unless {@code -Dlayerpress.startMarker=true}: a kiosk's output is nobody's business. Each phase is
 * printed once, the first time it is reached (a second login screen is not a start-up).
 */
public final class StartMarker {

    /** The system property that turns the markers on. */
    public static final String PROPERTY = "layerpress.startMarker";
    /** Every marker line starts with this, then the phase, e.g. {@code start.login.painted: 1840 ms}. */
    public static final String PREFIX = "start.";

    public static final String MAIN = "main.entered";
    public static final String DB_READY = "db.ready";
    public static final String LOGIN_PAINTED = "login.painted";
    public static final String NAMES_LISTED = "names.listed";
    public static final String SETUP_SHOWN = "setup.shown";
    public static final String PRESS_LINKED = "press.linked";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    private static final Set<String> REACHED = ConcurrentHashMap.newKeySet();

    private StartMarker() {
    }

    /** Prints {@code start.<phase>: <ms since JVM start> ms} the first time {@code phase} is reached, when enabled. */
    public static void mark(String phase) {
        if (!ENABLED || !REACHED.add(phase)) {
            return;
        }
        // The management bean is looked up only when marking: it costs class loading a kiosk need not pay.
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(PREFIX + phase + ": " + sinceStart + " ms");
        System.out.flush();
    }
}
