package org.layerpress.ui.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/** The correction flow without a stage, on the real review use cases and a real H2 file: the use cases' refusals in words. */
class CorrectViewModelTest {

    private static final String BATCH = "B-20261125-0001";

    @TempDir
    Path dir;
    private TestStation station;

    @BeforeEach
    void setUp() {
        Words.use(Locale.ENGLISH);
        station = TestStation.builder(dir).demoUsers().build();
        BatchRecordBuilder.complete(station, "olga", BATCH);
    }

    @AfterEach
    void tearDown() {
        station.close();
    }

    private CorrectViewModel screen(String login, String pin) {
        return new CorrectViewModel(station.review(), station.batchList(), station.loginAs(login, pin), UseCaseRunner.inline());
    }

    @Test
    void theSameValueAgainIsRefusedInWordsAndNothingIsStored() {
        CorrectViewModel model = screen("olga", "111111");
        model.loadBatches();
        assertEquals(List.of(BATCH), model.batches().stream().map(BatchListRow::batchId).toList());
        model.open(BATCH);
        CorrectViewModel.Value lot = model.values().get(8).stream().filter(v -> v.field().equals("lot")).findFirst().orElseThrow();
        List<String> refused = new ArrayList<>();

        model.amend(lot, lot.original(), TestStation.signature("olga", "111111", "Typed wrong"), () -> refused.add("signed"), refused::add);

        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).contains("already is 'LGPS-2610-02'; nothing to amend"), refused.get(0));
        assertEquals(List.of(), station.review().reader().existing(BATCH).amendments());
    }

    @Test
    void aBatchSignedOffMeanwhileIsRefusedInWordsWhenOpened() {
        CorrectViewModel model = screen("olga", "111111");
        model.loadBatches();
        station.review().signOff().signOff(station.quinn(), BATCH, QaDecision.APPROVED, TestStation.signature("quinn", "222222", "checked"));

        model.open(BATCH);

        assertNull(model.getRecord(), "the list stays");
        assertTrue(model.getMessage().text().contains("is signed off and locked"), model.getMessage().text());
        model.loadBatches();
        assertEquals(List.of(), model.batches());
        assertEquals("None of your finished batches is waiting for QA: nothing to correct.", model.getMessage().text());
    }

    @Test
    void qaWhoDoesNotRunBatchesIsRefusedInWords() {
        CorrectViewModel model = screen("quinn", "222222");

        model.loadBatches();

        assertEquals(List.of(), model.batches());
        assertTrue(model.getMessage().text().contains("list your finished batches"), model.getMessage().text());
    }
}
