package org.layerpress.application.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.application.training.TrainingFault.Kind;

/** The training faults typed on the simulator's console: the words, the amounts, help, and lines it refuses. */
class TrainingConsoleTest {

    private final List<TrainingFault> injected = new ArrayList<>();
    private final TrainingConsole console = new TrainingConsole(EnumSet.complementOf(EnumSet.of(Kind.LID_LOCK, Kind.LID_UNLOCK)), f -> {
        injected.add(f);
        return "did " + f.words();
    });

    @Test
    void eachCommandNamesItsFaultWithTheAmountTypedOrItsDefault() {
        assertEquals(Optional.of(TrainingFault.of(Kind.DOOR_OPEN)), TrainingConsole.parse("door open"));
        assertEquals(Optional.of(TrainingFault.of(Kind.DOOR_CLOSE)), TrainingConsole.parse("  Door   Close "));
        assertEquals(Optional.of(TrainingFault.of(Kind.ESTOP_PRESS)), TrainingConsole.parse("estop"));
        assertEquals(Optional.of(TrainingFault.of(Kind.ESTOP_RELEASE)), TrainingConsole.parse("estop release"));
        assertEquals(Optional.of(new TrainingFault(Kind.LEAK_ON, 0.5)), TrainingConsole.parse("leak 0.5"));
        assertEquals(Optional.of(TrainingFault.of(Kind.LEAK_OFF)), TrainingConsole.parse("leak off"), "'off' is no amount");
        assertEquals(Optional.of(TrainingFault.of(Kind.SENSOR_STUCK)), TrainingConsole.parse("stuck"));
        assertEquals(Optional.of(new TrainingFault(Kind.SPIKE, 20)), TrainingConsole.parse("spike 20"));
        assertEquals(Optional.of(new TrainingFault(Kind.LINK_DROP, 5)), TrainingConsole.parse("link-drop 5"));
        assertEquals(Optional.of(new TrainingFault(Kind.PLC_FAULT, 3)), TrainingConsole.parse("fault 3"));
        assertEquals(Optional.of(TrainingFault.of(Kind.LINK_DROP)), TrainingConsole.parse("link-drop"));
        assertEquals(Optional.of(TrainingFault.of(Kind.HEATER_FAIL)), TrainingConsole.parse("heater fail"));
        assertEquals(Optional.empty(), TrainingConsole.parse("place 0.06"));
    }

    @Test
    void anAmountThatIsNoNumberOrOutOfRangeIsRefusedInWordsAndInjectsNothing() {
        assertThrows(IllegalArgumentException.class, () -> TrainingConsole.parse("leak lots"));
        assertTrue(console.apply("fault 9").contains("1 to 6"), console.apply("fault 9"));
        assertTrue(console.apply("fault 2.5").contains("whole number"));
        assertTrue(console.apply("link-drop 0").contains("1 to 60"));
        assertTrue(console.apply("spike -3").contains("not -3"));
        assertEquals(List.of(), injected);
    }

    @Test
    void aKnownLineIsInjectedAndAnswered() {
        assertEquals("did Drop the PLC link (5 s)", console.apply("link-drop 5"));
        assertEquals(List.of(new TrainingFault(Kind.LINK_DROP, 5)), injected);
        assertEquals("did PLC fault (code 3)", console.apply("fault 3"));
    }

    @Test
    void helpListsOnlyWhatThisPressCanHaveAndAnUnknownOrUnsupportedLineChangesNothing() {
        String help = console.apply("help");
        assertTrue(help.contains("door open") && help.contains("leak [kN/s]") && help.contains("link-drop [s]") && help.contains("fault [code]"), help);
        assertFalse(help.contains("lid"), help);
        assertTrue(console.apply("lid unlock").startsWith("this simulated press cannot have"), console.apply("lid unlock"));
        assertTrue(console.apply("dance").contains("not a training command"));
        assertEquals(List.of(), injected);
    }

    @Test
    void aSharedConsoleHandsOnlyTrainingWordsHere() {
        assertTrue(TrainingConsole.claims("door open"));
        assertTrue(TrainingConsole.claims("link-drop 5"));
        assertTrue(TrainingConsole.claims("help"));
        assertFalse(TrainingConsole.claims("place 0.0603"));
        assertFalse(TrainingConsole.claims("unstable"));
    }
}
