package org.layerpress.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.application.central.Backlog;

/** The forwarding line under the top bar, in words, without a stage. */
class ForwardingViewModelTest {

    final ForwardingViewModel vm = new ForwardingViewModel();

    @Test
    void aStationThatDoesNotForwardShowsNothing() {
        vm.refresh(Backlog.NOT_FORWARDING);
        assertFalse(vm.isShown());
        assertEquals("", vm.getText());
    }

    @Test
    void aBacklogIsSaidInWordsWithTheOldestRowsAgeAndIsNotAbnormal() {
        vm.refresh(new Backlog(true, 1240, Optional.of(Duration.ofMinutes(12).plusSeconds(40)), Optional.empty()));
        assertTrue(vm.isShown());
        assertEquals("Central records: records waiting to send: 1 240, oldest 12 min", vm.getText());
        assertFalse(vm.isAbnormal());
    }

    @Test
    void everythingSentSaysSo() {
        vm.refresh(new Backlog(true, 0, Optional.empty(), Optional.empty()));
        assertEquals("Central records: all records sent to central", vm.getText());
    }

    @Test
    void anUnreachableCentralStoreIsAbnormalWithTheGlyphAndTheWords() {
        vm.refresh(new Backlog(true, 37, Optional.of(Duration.ofHours(3)), Optional.of("Connection refused")));
        assertTrue(vm.isAbnormal());
        assertEquals("\u26A0 Central records: central store unreachable; records waiting to send: 37, oldest 3 h", vm.getText());
    }
}
