package org.layerpress.application.training;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The training faults as typed commands, one per line, for the simulator's console: {@code door open},
 * {@code door close}, {@code estop}, {@code estop release}, {@code leak 0.5}, {@code leak off}, {@code stuck},
 * {@code unstuck}, {@code spike 20}, {@code link-drop 5}, {@code fault 3}, … and {@code help}. The words are
 * the {@link TrainingFault.Kind#command()}s; an amount left out takes the fault's default. A line it does not
 * know, or a fault this press cannot have, changes nothing and says why.
 */
public final class TrainingConsole {

    private final Set<TrainingFault.Kind> supported;
    private final Function<TrainingFault, String> inject;

    /** @param inject does the fault and says what it did */
    public TrainingConsole(Collection<TrainingFault.Kind> supported, Function<TrainingFault, String> inject) {
        this.supported = Set.copyOf(supported);
        this.inject = inject;
    }

    /** What the console takes on this press, one command a line. */
    public String help() {
        return "training faults: " + Arrays.stream(TrainingFault.Kind.values()).filter(supported::contains)
                .map(k -> k.hasAmount() ? k.command() + " [" + k.unit() + "]" : k.command())
                .collect(Collectors.joining(" | ")) + " | help";
    }

    /** Whether the line starts with a word of these commands (so a shared console hands it here, not elsewhere). */
    public static boolean claims(String line) {
        String first = words(line)[0];
        return first.equals("help") || Arrays.stream(TrainingFault.Kind.values()).anyMatch(k -> k.command().split(" ")[0].equals(first));
    }

    /** Applies one line; what it did or why not, in words. */
    public String apply(String line) {
        String normal = String.join(" ", words(line));
        if (normal.isEmpty() || normal.equals("help")) {
            return help();
        }
        Optional<TrainingFault> fault;
        try {
            fault = parse(normal);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (fault.isEmpty()) {
            return "'" + line.strip() + "' is not a training command; " + help();
        }
        if (!supported.contains(fault.get().kind())) {
            return "this simulated press cannot have '" + fault.get().kind().label() + "'; " + help();
        }
        try {
            return inject.apply(fault.get());
        } catch (RuntimeException e) {
            return "refused: " + e.getMessage();
        }
    }

    /**
     * The fault a line names, with its amount (the default when none is typed); empty for a line that names
     * none; an amount that is no number or out of range is refused in words.
     */
    public static Optional<TrainingFault> parse(String line) {
        String normal = String.join(" ", words(line));
        TrainingFault.Kind best = null;
        for (TrainingFault.Kind k : TrainingFault.Kind.values()) {
            boolean exact = normal.equals(k.command());
            boolean withAmount = k.hasAmount() && normal.startsWith(k.command() + " ");
            if ((exact || withAmount) && (best == null || k.command().length() > best.command().length())) {
                best = k;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String rest = normal.substring(best.command().length()).strip();
        if (rest.isEmpty()) {
            return Optional.of(TrainingFault.of(best));
        }
        try {
            return Optional.of(new TrainingFault(best, Double.parseDouble(rest)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(best.command() + ": '" + rest + "' is not a number of " + best.unit(), e);
        }
    }

    private static String[] words(String line) {
        String s = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? new String[] {""} : s.split("\\s+");
    }
}
