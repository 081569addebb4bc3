package org.layerpress.application.review;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchStore;
import org.layerpress.application.batch.StepRun;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.UserStore;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.recipe.StepKind;

/**
 * Assembles a whole {@link BatchRecord} from the stores in one transaction (so events, traces,
 * amendments and review are one consistent picture). The flags are the ones stored when the batch
 * ended, so the record shows what the batch list filters by; only a batch without stored flags
 * (still open, or ended before flags were stored) gets them computed on reading. No authority check: the use cases make it,
 * and the command line, which reads the file directly, is bound by OS file permissions instead.
 */
public final class BatchRecordReader {

    private final BatchStore batches;
    private final ReviewStore reviews;
    private final BatchListStore lists;
    private final RecipeFiles files;
    private final Transactions tx;
    private final Optional<UserStore> users;
    private final RecordSeal seal;

    public BatchRecordReader(BatchStore batches, ReviewStore reviews, BatchListStore lists, RecipeFiles files, Transactions tx) {
        this(batches, reviews, lists, files, tx, Optional.empty(), RecordSeal.NONE);
    }

    /**
     * @param users where the printed names of the people in a record are looked up (a record without them shows logins)
     * @param seal checks every record read against its seal, in the same transaction
     */
    public BatchRecordReader(BatchStore batches, ReviewStore reviews, BatchListStore lists, RecipeFiles files, Transactions tx,
                             Optional<UserStore> users, RecordSeal seal) {
        this.users = users;
        this.seal = seal;
        this.batches = batches;
        this.reviews = reviews;
        this.lists = lists;
        this.files = files;
        this.tx = tx;
    }

    public Optional<BatchRecord> read(String batchId) {
        return tx.inTransaction(() -> {
            List<BatchEvent> events = batches.events(batchId);
            if (events.isEmpty()) {
                return Optional.<BatchRecord>empty();
            }
            BatchRun run = BatchRun.replay(events, files);
            SortedMap<Integer, List<TracePoint>> traces = new TreeMap<>();
            SortedMap<Integer, List<VesselPoint>> vesselTraces = new TreeMap<>();
            for (StepRun s : run.steps()) {
                if (traced(s.step().kind())) {
                    traces.put(s.number(), batches.trace(batchId, s.number()));
                } else if (s.step().kind() == StepKind.PRESSURISE || s.step().kind() == StepKind.DEPRESSURISE) {
                    vesselTraces.put(s.number(), batches.vesselTrace(batchId, s.number()));
                }
            }
            return Optional.of(new BatchRecord(run, events, traces,
                    lists.recordedFlags(batchId).orElseGet(() -> QualityFlagger.flags(run, step -> traces.getOrDefault(step, List.of()))),
                    reviews.amendments(batchId), reviews.review(batchId), printedNames(run, events), seal.differences(batchId),
                    vesselTraces));
        });
    }

    private Map<String, String> printedNames(BatchRun run, List<BatchEvent> events) {
        Map<String, String> names = new HashMap<>();
        if (users.isEmpty()) {
            return names;
        }
        Set<String> logins = new LinkedHashSet<>();
        logins.add(run.operator());
        events.forEach(e -> logins.add(e.actor()));
        logins.remove(BatchActors.STATION);
        for (String login : logins) {
            users.get().byLogin(login).ifPresent(u -> names.put(login, u.fullName()));
        }
        return names;
    }

    public BatchRecord existing(String batchId) {
        return read(batchId).orElseThrow(() -> new NoSuchBatchException(batchId));
    }

    /** Press and release steps record force and position while the PLC works on them. */
    static boolean traced(StepKind kind) {
        return kind == StepKind.PRESS || kind == StepKind.RELEASE;
    }
}
