package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.layerpress.application.training.TrainingConsole;
import org.layerpress.application.training.TrainingFault;
import org.layerpress.sim.BalanceConsole;
import org.layerpress.testing.Eventually;

/** One reader of the console for the balance's controls and the press's training faults: each line goes to the controls that claim it. */
class ConsoleControlsTest {

    private final List<String> balanceLines = new CopyOnWriteArrayList<>();
    private final List<TrainingFault> faults = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ConsoleControls console = new ConsoleControls(new PrintStream(printed, true, StandardCharsets.UTF_8));

    ConsoleControlsTest() {
        TrainingConsole training = new TrainingConsole(EnumSet.allOf(TrainingFault.Kind.class), f -> {
            faults.add(f);
            return "fault " + f.words();
        });
        console.add(BalanceConsole::claims, line -> {
            balanceLines.add(line);
            return "balance " + line;
        }, () -> BalanceConsole.HELP);
        console.add(TrainingConsole::claims, training::apply, training::help);
    }

    @Test
    void balanceWordsGoToTheBalanceAndFaultWordsToThePress() {
        assertEquals("balance place 0.0603", console.apply("place 0.0603"));
        assertEquals("fault Drop the PLC link (5 s)", console.apply("link-drop 5"));
        assertEquals(List.of("place 0.0603"), balanceLines);
        assertEquals(List.of(new TrainingFault(TrainingFault.Kind.LINK_DROP, 5)), faults);
    }

    @Test
    void helpAndAnUnknownLineListEveryonesControlsAndChangeNothing() {
        for (String line : List.of("help", "dance", "")) {
            String answer = console.apply(line);
            assertTrue(answer.contains(BalanceConsole.HELP) && answer.contains("training faults:"), answer);
        }
        assertEquals(List.of(), balanceLines);
        assertEquals(List.of(), faults);
    }

    @Test
    void theReaderAnswersEachLineOfTheInput() {
        console.follow(new ByteArrayInputStream("estop\nunstable\n".getBytes(StandardCharsets.UTF_8)));

        Eventually.waitUntil("both lines answered", Duration.ofSeconds(10), () -> faults.size() == 1 && balanceLines.size() == 1,
                () -> printed.toString(StandardCharsets.UTF_8));
        assertEquals(TrainingFault.Kind.ESTOP_PRESS, faults.get(0).kind());
    }
}
