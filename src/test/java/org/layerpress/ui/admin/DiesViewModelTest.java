package org.layerpress.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.units.Force;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The Dies screen's logic on the real die registry and a real H2 file, without a stage. */
class DiesViewModelTest {

    @TempDir
    Path dir;
    private TestStation station;
    private DiesViewModel vm;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).clock(Clock.systemUTC()).demoUsers().build();
        vm = viewModel(station.sam());
        vm.load();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private DiesViewModel viewModel(Session session) {
        return new DiesViewModel(station.dieRegistry(), session, UseCaseRunner.inline());
    }

    private DieRow row(String id) {
        return vm.getRows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id + " in " + vm.getRows()));
    }

    private void fillNewDie(String id) {
        vm.startAdd();
        DieFormViewModel form = vm.getForm();
        form.idProperty().set(id);
        form.boreProperty().set(12.0);
        form.ratedKiloNewtonsProperty().set(150.0);
        form.enterRatedCycles(500);
        form.materialProperty().set("tungsten carbide");
    }

    @Test
    void anAddedDieIsListedWithItsFieldsAndStatusInWords() {
        fillNewDie("D12-01");
        vm.getForm().save();

        DieRow added = row("D12-01");
        assertEquals("12 mm bore, rated 150.0 kN (15.3 t), tungsten carbide", added.specText());
        assertEquals("0 of 500 cycles, highest none recorded", added.wearText());
        assertEquals("In use", added.statusText());
        assertEquals(added, vm.getSelected());
        assertEquals(DiesViewModel.Mode.NONE, vm.getMode());
        assertTrue(vm.getMessage().text().startsWith("Die added: D12-01"), vm.getMessage().text());
    }

    @Test
    void aDieWithoutItsBoreIsRefusedInWordsAndNothingIsAdded() {
        fillNewDie("D12-02");
        vm.getForm().boreProperty().set(null);
        vm.getForm().save();

        assertEquals("Not done: enter the die's bore (mm).", vm.getMessage().text());
        assertEquals(Severity.WARNING, vm.getMessage().severity());
        assertTrue(vm.getRows().stream().noneMatch(r -> r.id().equals("D12-02")));
        assertEquals(DiesViewModel.Mode.ADD, vm.getMode());
    }

    @Test
    void aFractionOfACycleIsRefusedNotRounded() {
        fillNewDie("D12-03");
        vm.getForm().enterRatedCycles(12.5);

        assertEquals(500L, vm.getForm().ratedCyclesProperty().get());
        assertEquals("rated cycles are a whole number, was 12.5", vm.getMessage().text());
    }

    @Test
    void editSendsADieForRepairWithTheTappedReason() {
        fillNewDie("D12-01");
        vm.getForm().save();
        vm.select("D12-01");
        vm.startEdit();
        vm.getForm().statusProperty().set(DieStatus.OUT_FOR_REPAIR);
        vm.getForm().reason().pick("Sent for repair", "");
        vm.getForm().save();

        assertEquals("Out for repair", row("D12-01").statusText());
        assertTrue(row("D12-01").abnormal());
    }

    @Test
    void editWithoutAReasonIsRefusedAndTheDieStaysAsItWas() {
        fillNewDie("D12-01");
        vm.getForm().save();
        vm.select("D12-01");
        vm.startEdit();
        vm.getForm().ratedKiloNewtonsProperty().set(120.0);
        vm.getForm().save();

        assertEquals("Not done: give a reason for this change (at least 3 characters).", vm.getMessage().text());
        assertEquals(Force.kiloNewtons(150), row("D12-01").die().die().rating());
    }

    @Test
    void aRetiredDieCanNoLongerBeEditedOrRetired() {
        fillNewDie("D12-01");
        vm.getForm().save();
        vm.select("D12-01");
        vm.startRetire();
        vm.getRetireForm().reason().pick("Cracked or damaged", "chip at the bore edge");
        vm.getRetireForm().retire();

        assertEquals("Retired", row("D12-01").statusText());
        assertFalse(vm.isChangeable());
        vm.startEdit();
        assertEquals(DiesViewModel.Mode.NONE, vm.getMode());
    }

    @Test
    void nearRatedCyclesTheRowSaysSoWithAMark() {
        fillNewDie("D12-01");
        vm.getForm().enterRatedCycles(10);
        vm.getForm().save();
        station.countPresses("D12-01", 9, Force.kiloNewtons(80));
        vm.load();

        assertEquals("9 of 10 cycles, highest 80.0 kN ⚠ near rated cycles", row("D12-01").wearText());
        assertTrue(row("D12-01").abnormal());
    }

    @Test
    void withACentralCopyTheRowSaysTheCountHereAndOverAllStationsAndJudgesWearOnTheLarger() {
        fillNewDie("D12-02");
        vm.getForm().save();
        fillNewDie("D12-01");
        vm.getForm().enterRatedCycles(10);
        vm.getForm().save();
        station.countPresses("D12-01", 2, Force.kiloNewtons(80));
        // What a pull from central leaves: the die pressed 10 times over the site, 2 of them here.
        station.transactions().inTransaction(() -> {
            station.stores().dies().replaceSiteCycles(Map.of("D12-01", 10L), Instant.parse(TestStation.START));
            return null;
        });
        vm.load();

        assertEquals("here 2 cycles, all stations 10, rated 10, highest 80.0 kN ⚠ worn to its rating", row("D12-01").wearText());
        assertTrue(row("D12-01").abnormal());
        assertEquals("0 of 500 cycles, highest none recorded", row("D12-02").wearText(),
                "a die central has not counted shows its own count alone");
    }

    @Test
    void anOperatorMayReadTheListButAddingIsRefused() {
        DiesViewModel operator = viewModel(station.olga());
        operator.load();
        assertFalse(operator.isRefused());
        operator.startAdd();
        operator.getForm().idProperty().set("D12-09");
        operator.getForm().boreProperty().set(12.0);
        operator.getForm().ratedKiloNewtonsProperty().set(150.0);
        operator.getForm().materialProperty().set("tool steel");
        operator.getForm().save();

        assertEquals(Severity.WARNING, operator.getMessage().severity());
        assertNull(operator.getRows().stream().filter(r -> r.id().equals("D12-09")).findFirst().orElse(null));
    }
}
