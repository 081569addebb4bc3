package org.layerpress.application.dies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.Force;
import org.layerpress.store.EvidenceCheck;
import org.layerpress.testing.TestStation;

/** The die registry on the real H2 file: who may change it, what the audit trail keeps, what the database refuses. */
class DieRegistryTest {

    @TempDir
    Path dir;
    private TestStation station;
    private DieRegistryUseCase registry;

    @BeforeEach
    void open() {
        station = TestStation.builder(dir).demoUsers().build();
        registry = station.dieRegistry();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private static DieCommands.AddDie d12() {
        return new DieCommands.AddDie("D12-01", 12, Force.kiloNewtons(150), "tungsten carbide", OptionalLong.of(5000));
    }

    private List<String> auditRow(String action) throws SQLException {
        return station.column("SELECT CONCAT(actor_login, ' | ', old_value, ' | ', new_value, ' | ', reason) FROM audit_event "
                + "WHERE action = '" + action + "' AND entity_id = 'D12-01' ORDER BY seq");
    }

    @Test
    void aSupervisorAddsADieThatStartsInUseWithNothingCountedAndTheAuditTrailSaysSo() throws Exception {
        RegisteredDie added = registry.add(station.sam(), d12());

        assertEquals(DieStatus.IN_USE, added.status());
        assertEquals(0, added.cycles());
        assertEquals(Optional.empty(), added.highestForce());
        assertEquals(List.of(added), registry.list(station.olga()), "an Operator reads the registry");
        assertEquals(List.of("sam |  | D12-01: bore 12 mm, rated 150 kN, tungsten carbide, rated cycles 5000, cycles 0, highest none recorded, "
                + "IN_USE | "), auditRow(AuditActions.DIE_ADDED));
    }

    @Test
    void anOperatorMayReadTheRegistryButNotChangeIt() {
        registry.add(station.sam(), d12());

        assertThrows(AccessDeniedException.class, () -> registry.add(station.olga(),
                new DieCommands.AddDie("D10-02", 10, Force.kiloNewtons(98), "steel", OptionalLong.empty())));
        assertThrows(AccessDeniedException.class, () -> registry.retire(station.olga(), new DieCommands.RetireDie("D12-01", "cracked bore")));
        assertEquals(DieStatus.IN_USE, registry.list(station.olga()).get(0).status());
    }

    @Test
    void anEditIsAuditedWithOldAndNewValuesAndTheReason() throws Exception {
        registry.add(station.sam(), d12());

        registry.edit(station.sue(), new DieCommands.EditDie("D12-01", 12, Force.kiloNewtons(120), "tungsten carbide", OptionalLong.of(5000),
                DieStatus.OUT_FOR_REPAIR, "maker derated it after regrinding"));

        assertEquals(List.of("sue | D12-01: bore 12 mm, rated 150 kN, tungsten carbide, rated cycles 5000, cycles 0, highest none recorded, IN_USE"
                + " | D12-01: bore 12 mm, rated 120 kN, tungsten carbide, rated cycles 5000, cycles 0, highest none recorded, OUT_FOR_REPAIR"
                + " | maker derated it after regrinding"), auditRow(AuditActions.DIE_CHANGED));
        assertEquals(Force.kiloNewtons(120), registry.list(station.olga()).get(0).die().rating());
    }

    @Test
    void aRetiredDieStaysRetiredAndIsNeverChangedAgain() throws Exception {
        registry.add(station.sam(), d12());
        registry.retire(station.sam(), new DieCommands.RetireDie("D12-01", "chipped bore edge"));

        IllegalArgumentException edit = assertThrows(IllegalArgumentException.class, () -> registry.edit(station.sam(), new DieCommands.EditDie(
                "D12-01", 12, Force.kiloNewtons(150), "tungsten carbide", OptionalLong.of(5000), DieStatus.IN_USE, "found another use")));
        assertEquals("die D12-01 is retired: a retired die is never changed or used again", edit.getMessage());
        SQLException behindTheBack = assertThrows(SQLException.class, () -> station.sql("UPDATE die SET status = 'IN_USE' WHERE die_id = 'D12-01'"));
        assertTrue(behindTheBack.getMessage().contains("it is RETIRED and nothing about it changes any more"), behindTheBack.getMessage());
        assertEquals(1, auditRow(AuditActions.DIE_RETIRED).size());
    }

    /** Step {@code step} of one batch on D12-01, peaking at {@code kn}. */
    private static DieUse use(int step, double kn) {
        return new DieUse("D12-01", "B-20261125-0001", step, Force.kiloNewtons(kn), Instant.parse(TestStation.START));
    }

    @Test
    void theDatabaseRefusesDeletingADieOrLoweringItsCounts() throws Exception {
        registry.add(station.sam(), d12());
        station.transactions().inTransaction(() -> {
            station.stores().dies().recordPress(use(1, 90));
            return null;
        });

        SQLException delete = assertThrows(SQLException.class, () -> station.sql("DELETE FROM die WHERE die_id = 'D12-01'"));
        assertTrue(delete.getMessage().contains("dies are retired, never deleted"), delete.getMessage());
        SQLException cycles = assertThrows(SQLException.class, () -> station.sql("UPDATE die SET cycle_count = 0"));
        assertTrue(cycles.getMessage().contains("its cycle count may only grow"), cycles.getMessage());
        SQLException highest = assertThrows(SQLException.class, () -> station.sql("UPDATE die SET highest_force_kn = 10"));
        assertTrue(highest.getMessage().contains("its highest force may only grow"), highest.getMessage());
    }

    @Test
    void aPressCountsOneCycleAndKeepsTheHighestPeak() {
        registry.add(station.sam(), d12());
        DieStore dies = station.stores().dies();

        station.transactions().inTransaction(() -> {
            dies.recordPress(use(1, 90));
            dies.recordPress(use(2, 70));
            return null;
        });

        RegisteredDie after = registry.list(station.olga()).get(0);
        assertEquals(2, after.cycles());
        assertEquals(Optional.of(Force.kiloNewtons(90)), after.highestForce());
    }

    @Test
    void aChangeMadeBehindTheApplicationsBackIsFoundByTheDiesSeal() throws Exception {
        registry.add(station.sam(), d12());
        assertEquals(List.of(), EvidenceCheck.full(station.database()));

        station.sql("UPDATE die SET rated_force_kn = 400 WHERE die_id = 'D12-01'");

        List<String> problems = EvidenceCheck.full(station.database());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("die D12-01: die die_id=D12-01: content differs from its sealed hash"), problems.get(0));
    }

    @Test
    void commandsRefuseWhatNoDieCanBeNamingTheLimit() {
        assertEquals("a die's bore must be 1 to 100 mm, was 0.5 mm", assertThrows(IllegalArgumentException.class,
                () -> new DieCommands.AddDie("D0", 0.5, Force.kiloNewtons(10), "steel", OptionalLong.empty())).getMessage());
        assertEquals("a die's bore must be 1 to 100 mm, was NaN mm", assertThrows(IllegalArgumentException.class,
                () -> new DieCommands.AddDie("D0", Double.NaN, Force.kiloNewtons(10), "steel", OptionalLong.empty())).getMessage());
        assertEquals("a die's rated force must be above 0 kN, was 0.00 kN", assertThrows(IllegalArgumentException.class,
                () -> new DieCommands.AddDie("D0", 10, Force.kiloNewtons(0), "steel", OptionalLong.empty())).getMessage());
        assertEquals("a die's rated cycles must be 1 to 100,000,000, was 0", assertThrows(IllegalArgumentException.class,
                () -> new DieCommands.AddDie("D0", 10, Force.kiloNewtons(10), "steel", OptionalLong.of(0))).getMessage());
        assertEquals("give a reason for this change (at least 3 characters)", assertThrows(IllegalArgumentException.class,
                () -> new DieCommands.RetireDie("D0", " ")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Force.kiloNewtons(Double.POSITIVE_INFINITY), "a force is finite");
    }
}
