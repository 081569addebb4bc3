package org.layerpress.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.access.ChangePinViewModel.Step;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

class ChangePinViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger loggedOut = new AtomicInteger();
    private Session olga;
    private ChangePinViewModel viewModel;

    @BeforeEach
    void olgaLogsInOnATemporaryPin() {
        station = TestStation.builder(dir).demoUsers().build();
        Session admin = station.loginAs("ada", "999999");
        long olgaId = station.services().login().loginChoices().stream().filter(u -> u.login().equals("olga")).findFirst().orElseThrow().id();
        station.services().userAdministration().resetPin(admin, new UserCommands.ResetPin(olgaId, Pin.of("555555"), "forgot her PIN"));
        station.services().sessions().logout();
        olga = station.loginAs("olga", "555555");
        assertTrue(olga.mustChangePin());
        viewModel = new ChangePinViewModel(olga, station.services().changePin(), UseCaseRunner.inline(), changed::incrementAndGet, loggedOut::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        station.close();
    }

    private void enter(String digits) {
        digits.chars().forEach(c -> viewModel.getPin().type((char) c));
        viewModel.submit();
    }

    @Test
    void asksCurrentThenNewTwiceAndChangesThePin() {
        assertEquals(Step.CURRENT, viewModel.getStep());
        enter("555555");
        assertEquals(Step.NEW, viewModel.getStep());
        enter("246810");
        assertEquals(Step.CONFIRM, viewModel.getStep());
        enter("246810");

        assertEquals(1, changed.get());
        assertFalse(olga.mustChangePin());
        station.services().sessions().logout();
        assertTrue(station.services().login().login(LoginCommand.byLogin("olga", Pin.of("246810"))).succeeded());
    }

    @Test
    void twoDifferentNewPinsStartOverInWords() {
        enter("555555");
        enter("246810");
        enter("246811");

        assertEquals(0, changed.get());
        assertEquals(Step.CURRENT, viewModel.getStep());
        assertEquals(Severity.WARNING, viewModel.getNotice().severity());
        assertTrue(viewModel.getNotice().text().startsWith("The two new PINs differ."), viewModel.getNotice().text());
        assertTrue(olga.mustChangePin());
    }

    @Test
    void aWrongCurrentPinIsRefusedWithTriesLeft() {
        enter("000000");
        enter("246810");
        enter("246810");

        assertEquals(0, changed.get());
        assertTrue(viewModel.getNotice().text().contains("tries left"), viewModel.getNotice().text());
    }

    @Test
    void loggingOutIsTheOnlyOtherWayOut() {
        enter("555555");
        viewModel.logout();
        assertEquals(1, loggedOut.get());
        assertEquals(0, viewModel.getPin().getLength());
    }
}
