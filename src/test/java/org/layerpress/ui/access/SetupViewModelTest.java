package org.layerpress.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

class SetupViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private final List<User> created = new ArrayList<>();
    private SetupViewModel viewModel;

    @BeforeEach
    void emptyStation() {
        station = TestStation.builder(dir).build();
        assertTrue(station.services().firstAdminSetup().isNeeded());
        viewModel = new SetupViewModel(station.services().firstAdminSetup(), UseCaseRunner.inline(), created::add);
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
    void createsTheFirstAdminFromNamesAndAPinTypedTwice() {
        viewModel.loginProperty().set("ada");
        viewModel.fullNameProperty().set("Ada Admin");
        enter("975310");
        assertEquals("Enter the same PIN again.", viewModel.getPrompt());
        enter("975310");

        assertEquals(1, created.size());
        assertTrue(created.get(0).holds(Role.ADMIN));
        assertFalse(station.services().firstAdminSetup().isNeeded());
        station.loginAs("ada", "975310");
    }

    @Test
    void aBadLoginIsExplainedBeforeAnyPinIsKept() {
        viewModel.loginProperty().set("Ada Admin");
        viewModel.fullNameProperty().set("Ada Admin");
        enter("975310");

        assertTrue(viewModel.getNotice().text().startsWith("A login is 2–32 characters"), viewModel.getNotice().text());
        assertTrue(viewModel.getPrompt().startsWith("Choose the Admin's PIN"));
        assertEquals(0, viewModel.getPin().getLength());
        assertTrue(created.isEmpty());
    }

    @Test
    void twoDifferentPinsStartOver() {
        viewModel.loginProperty().set("ada");
        viewModel.fullNameProperty().set("Ada Admin");
        enter("975310");
        enter("975311");

        assertTrue(created.isEmpty());
        assertTrue(viewModel.getNotice().text().startsWith("The two PINs differ."), viewModel.getNotice().text());
        assertTrue(viewModel.getPrompt().startsWith("Choose the Admin's PIN"));
        assertTrue(station.services().firstAdminSetup().isNeeded());
    }
}
