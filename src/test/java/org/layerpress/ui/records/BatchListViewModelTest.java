package org.layerpress.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.QaDecision;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/** The batch list: taps become the filter the use case gets; pages follow hasMore; rows say state and decision in words. */
class BatchListViewModelTest {

    static final ZoneId ZONE = ZoneOffset.UTC;
    static final Instant NOW = Instant.parse("2026-11-25T16:00:00Z");

    @TempDir
    static Path recordsDir;
    private static StationQa.Written records;

    @TempDir
    Path dir;
    TestStation station;
    StationQa qa;
    BatchListViewModel list;

    /** Ten batches, one every 6 hours back from this morning: the newest is B-10; B-9 leaked in its stack press; B-8 is approved. */
    @BeforeAll
    static void writeRecords() {
        records = StationQa.written(recordsDir, "2026-11-22T00:00:00Z", station -> {
            for (int i = 1; i <= 10; i++) {
                String id = StationQa.batch(station, "B-" + i, i % 2 == 0 ? "olga" : "omar", NOW.minus(Duration.ofHours(6L * (10 - i) + 6)), i == 9);
                if (i == 8) {
                    StationQa.signedOff(station, id, QaDecision.APPROVED, "");
                }
            }
        });
    }

    @BeforeEach
    void setUp() {
        station = records.copy(dir);
        qa = new StationQa(station, dir);
        list = new BatchListViewModel(qa.sources(station.quinn()).list(), UseCaseRunner.inline(), Clock.fixed(NOW, ZONE), ZONE);
        list.load();
    }

    @AfterEach
    void close() {
        station.close();
    }

    private BatchListFilter lastAsked() {
        return qa.asked.get(qa.asked.size() - 1);
    }

    @Test
    void listsNewestFirstOnePageAtATimeWithStateFlagsAndDecisionInWords() {
        assertEquals(List.of("B-10", "B-9", "B-8", "B-7"), list.rows().stream().map(BatchLine::batchId).toList());
        BatchLine flagged = list.rows().get(1);
        assertEquals("2 flags", flagged.flagText(), "a leak of 6 % in a ± 10 MPa band: below the band and a leak");
        assertEquals("Complete", flagged.state().word());
        assertEquals("Not yet signed off", flagged.decision().word());
        assertEquals("Approved", list.rows().get(2).decision().word());
        assertEquals("No flags", list.rows().get(2).flagText());
        assertEquals(BatchRecordBuilder.label(BatchRecordBuilder.bilayerRecipe()), flagged.recipe());
        assertEquals("omar · 2026-11-25 04:00", flagged.whoWhen());
    }

    @Test
    void aRowNamesAKnownOperatorByPrintedName() {
        assertEquals("Olga Operator · 2026-11-25 10:00", list.rows().get(0).whoWhen());
    }

    @Test
    void pagesForwardWhileTheStoreSaysThereIsMoreAndBackToTheFirst() {
        assertTrue(list.isHasNext());
        assertFalse(list.isHasPrevious());
        list.next();
        assertEquals(1, lastAsked().page());
        assertEquals(List.of("B-6", "B-5", "B-4", "B-3"), list.rows().stream().map(BatchLine::batchId).toList());
        list.next();
        assertEquals(List.of("B-2", "B-1"), list.rows().stream().map(BatchLine::batchId).toList());
        assertFalse(list.isHasNext(), "no page after the last");
        list.next();
        assertEquals(2, lastAsked().page(), "Next on the last page asks nothing");
        list.previous();
        list.previous();
        assertEquals(0, lastAsked().page());
        assertFalse(list.isHasPrevious());
        assertEquals("Page 1", list.getPageText());
    }

    @Test
    void eachTappedChoiceBecomesTheFilterAndStartsAgainAtTheFirstPage() {
        list.next();
        list.selectRange(DateRange.LAST_7_DAYS);
        assertEquals(0, lastAsked().page(), "a new filter starts at page 1");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 19)), lastAsked().from());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 25)), lastAsked().to());
        list.selectRecipe(BatchRecordBuilder.bilayerRecipe().name());
        list.selectOperator("omar");
        list.selectState("Complete");
        list.selectFlag(FlagKind.HOLD_DECAY_LEAK.label());
        list.selectDecision("Not yet signed off");
        BatchListFilter f = lastAsked();
        assertEquals(Optional.of(BatchRecordBuilder.bilayerRecipe().name()), f.recipeName());
        assertEquals(Optional.of("omar"), f.operator());
        assertEquals(Optional.of(BatchState.COMPLETE), f.state());
        assertEquals(Optional.of(FlagKind.HOLD_DECAY_LEAK), f.flag());
        assertTrue(f.undecided());
        assertEquals(Optional.empty(), f.decision());
        assertEquals(BatchListViewModel.PAGE_SIZE, f.pageSize());
        assertEquals(List.of("B-9"), list.rows().stream().map(BatchLine::batchId).toList());

        list.selectDecision("Approved");
        assertEquals(Optional.of(QaDecision.APPROVED), lastAsked().decision());
        assertFalse(lastAsked().undecided());
        assertEquals("No batches match these filters.", list.getMessage().text());

        list.selectRecipe(RecordWords.allRecipes());
        list.selectOperator(RecordWords.allOperators());
        list.selectState(RecordWords.anyStatus());
        list.selectFlag(RecordWords.anyFlag());
        list.selectDecision(DecisionChoice.ANY.label());
        list.selectRange(DateRange.ALL);
        assertEquals(BatchListFilter.all(BatchListViewModel.PAGE_SIZE), lastAsked());
    }

    @Test
    void pickedDaysMoveByStepsNeverCrossAndNeverReachTheFuture() {
        assertEquals(LocalDate.of(2026, 11, 19), list.getPickedFrom());
        list.stepPickedTo(+1);
        assertEquals(LocalDate.of(2026, 11, 25), list.getPickedTo(), "tomorrow is not offered");
        for (int i = 0; i < 10; i++) {
            list.stepPickedFrom(+1);
        }
        assertEquals(LocalDate.of(2026, 11, 25), list.getPickedFrom(), "the first day stops at the last");
        list.stepPickedFrom(-2);
        list.stepPickedTo(-1);
        list.selectRange(DateRange.PICKED);
        assertEquals(Optional.of(LocalDate.of(2026, 11, 23)), lastAsked().from());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 24)), lastAsked().to());
        assertEquals("2026-11-23 to 2026-11-24", list.getDateText());
        assertEquals(List.of("B-8", "B-7", "B-6", "B-5"), list.rows().stream().map(BatchLine::batchId).toList(), "B-9 and B-10 started on the 25th");
    }

    @Test
    void pickersOfferTheNamesThatOccurInBatches() {
        assertEquals(List.of(RecordWords.allRecipes(), BatchRecordBuilder.bilayerRecipe().name()), list.recipeChoices());
        assertEquals(List.of(RecordWords.allOperators(), "olga", "omar"), list.operatorChoices());
        assertEquals(List.of("Any decision", "Approved", "Rejected", "Not yet signed off"), list.decisionChoices());
    }

    @Test
    void anAnswerToAnOlderQueryIsDroppedAndAFailureIsSaidInWords() {
        List<Runnable> ui = new ArrayList<>();
        BatchListViewModel slow = new BatchListViewModel(qa.sources(station.quinn()).list(), new UseCaseRunner(Runnable::run, ui::add),
                Clock.fixed(NOW, ZONE), ZONE);
        slow.refresh();
        slow.selectOperator("olga");
        assertTrue(slow.isBusy(), "nothing back yet: busy, never blocking");
        ui.get(1).run();
        ui.get(0).run();
        assertEquals("Olga Operator", slow.rows().get(0).operator(), "the older answer (all operators) came last and was dropped");
        assertFalse(slow.isBusy());

        BatchListViewModel broken = new BatchListViewModel(new BatchListSource() {
            @Override
            public org.layerpress.application.review.BatchPage list(BatchListFilter filter) {
                throw new IllegalArgumentException("QA only");
            }

            @Override
            public List<String> recipeNames() {
                return List.of();
            }

            @Override
            public List<String> operators() {
                return List.of();
            }
        }, UseCaseRunner.inline(), Clock.fixed(NOW, ZONE), ZONE);
        broken.load();
        assertEquals("Not done: QA only.", broken.getMessage().text());
        assertEquals(Severity.WARNING, broken.getMessage().severity());
    }
}
