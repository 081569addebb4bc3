package org.layerpress.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.user.User;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

class ExitKioskViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private final AtomicInteger exits = new AtomicInteger();
    private final AtomicInteger cancels = new AtomicInteger();
    private ExitKioskViewModel viewModel;

    @BeforeEach
    void setUp() {
        station = TestStation.builder(dir).demoUsers().build();
        viewModel = new ExitKioskViewModel(station.services().login(), station.services().exitKiosk(), UseCaseRunner.inline(),
                exits::incrementAndGet, cancels::incrementAndGet);
        viewModel.open();
    }

    @AfterEach
    void tearDown() {
        station.close();
    }

    private void enter(String login, String digits) {
        viewModel.pick(viewModel.getPeople().all().stream().filter(u -> u.login().equals(login)).findFirst().orElseThrow());
        digits.chars().forEach(c -> viewModel.getPin().type((char) c));
        viewModel.submit();
    }

    @Test
    void listsOnlySupervisorsAndAdmins() {
        assertEquals(java.util.List.of("ada", "sam", "sue"), viewModel.getPeople().all().stream().map(User::login).toList());
    }

    @Test
    void aSupervisorsPinClosesTheHmi() {
        enter("sam", "333333");
        assertEquals(1, exits.get());
    }

    @Test
    void aWrongPinIsRefusedInWords() {
        enter("ada", "123456");
        assertEquals(0, exits.get());
        assertTrue(viewModel.getNotice().text().contains("tries left"), viewModel.getNotice().text());
    }

    @Test
    void cancelKeepsRunning() {
        viewModel.cancel();
        assertEquals(1, cancels.get());
        assertEquals(0, exits.get());
    }
}
