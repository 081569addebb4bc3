package org.layerpress.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.scene.Node;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.StationServices;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchPage;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.CentralSignOff;
import org.layerpress.application.review.NoSuchBatchException;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.QaSignOffUseCase;
import org.layerpress.application.review.WorkstationSignOffUseCase;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.store.central.CentralBatchList;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralLotUses;
import org.layerpress.store.central.CentralRecordReader;
import org.layerpress.store.central.CentralSignOffs;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.records.BatchListSource;
import org.layerpress.ui.records.QaSources;
import org.layerpress.ui.records.SignOff;
import org.layerpress.ui.records.SignOffCheck;
import org.layerpress.ui.records.RecordsView;

/**
 * The Records section over the central copy (a QA workstation): the list of every station's batches with the
 * Station filter, and a record opened from central. A batch is named by its station and its id,
 * {@code press-a/B-20261206-0001} (a host name has no '/'), so the line shows where it was recorded and the
 * record opened is that station's. A sign-off here is signed with this workstation's people and PIN and sent
 * through central to that station, which checks it and takes it as its review ({@link WorkstationSignOffUseCase});
 * until the station's review comes back the record says "sent, waiting for the station", and once the station has
 * refused it, the station's reason in its words. Exports go through
 * {@code layerpress export --central} (docs/central.md).
 */
final class CentralRecordsSection {

    static final char SEPARATOR = '/';
    /** A SHA-256 in the station's words, shown by its first 12 digits (as git shows a commit) so the line stays short. */
    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("\\b([0-9a-f]{12})[0-9a-f]{52}\\b");

    private CentralRecordsSection() {
    }

    /**
     * The Records section's factory on a QA workstation: every session reads the same central database, once the
     * station's own rules say the person may read batch records (checked at each read, as the station's use cases do).
     *
     * @param workstation this workstation's id, named in the sign-offs it sends
     */
    static Function<Session, Node> screen(LayoutLocator layouts, CentralLink link, StationServices services, String workstation) {
        CentralBatchList list = new CentralBatchList(link, ZoneId.systemDefault());
        CentralRecordReader reader = new CentralRecordReader(link);
        CentralLotUses lots = new CentralLotUses(link);
        WorkstationSignOffUseCase signOffs = new WorkstationSignOffUseCase(reader, new CentralSignOffs(link), services.signatures(),
                services.authorizer(), services.auditor(), workstation);
        return RecordsView.screen(layouts, session -> sources(list, lots, reader, signOffs, session,
                () -> services.authorizer().require(session, Permission.READ_BATCH_RECORDS, "read batch records from the central database")));
    }

    /** @param mayRead throws when the session may not read batch records; run before every read */
    static QaSources sources(CentralBatchList list, CentralLotUses lots, CentralRecordReader reader, WorkstationSignOffUseCase signOffs,
                             Session session, Runnable mayRead) {
        BatchListSource source = new BatchListSource() {
            @Override
            public BatchPage list(BatchListFilter filter) {
                return list(filter, Optional.empty());
            }

            @Override
            public BatchPage list(BatchListFilter filter, Optional<String> station) {
                mayRead.run();
                CentralBatchList.Page page = list.list(station, filter);
                List<BatchListRow> rows = page.rows().stream().map(CentralRecordsSection::named).toList();
                return new BatchPage(rows, filter.page(), filter.pageSize(), page.hasMore());
            }

            @Override
            public List<String> recipeNames() {
                return list.recipeNames();
            }

            @Override
            public List<String> operators() {
                return list.operators();
            }

            @Override
            public List<String> dieIds() {
                return list.dieIds();
            }

            @Override
            public List<String> materials() {
                return lots.materials();
            }

            @Override
            public List<String> stations() {
                return list.stations();
            }
        };
        // Whether a sign-off waits is a central read: made with the record's, off the FX thread, and kept for the
        // screen's question about that very record.
        AtomicReference<Opened> opened = new AtomicReference<>();
        return new QaSources(source,
                asked -> {
                    mayRead.run();
                    String key = keyOf(opened.get(), asked);
                    BatchRecord record = reader.read(station(key), batchId(key)).orElseThrow(() -> new NoSuchBatchException(key));
                    Optional<String> whyNot = whyNot(signOffs, session, station(key), record);
                    opened.set(new Opened(key, record, whyNot, whyNot.isPresent() ? Optional.empty() : refused(signOffs, station(key), record)));
                    return record;
                },
                new SignOffCheck() {
                    @Override
                    public Optional<String> whyNot(BatchRecord record) {
                        Opened last = opened.get();
                        return last != null && last.record() == record ? last.whyNot() : QaSignOffUseCase.whyNotSignable(session.user(), record);
                    }

                    @Override
                    public Optional<SignOffCheck.Note> note(BatchRecord record) {
                        Opened last = opened.get();
                        return last != null && last.record() == record ? last.refused() : Optional.empty();
                    }
                },
                new SignOff() {
                    @Override
                    public BatchReview signOff(String id, QaDecision decision, SignatureInput signature) {
                        String key = keyOf(opened.get(), id);
                        CentralSignOff sent = signOffs.signOff(session, station(key), batchId(key), decision, signature);
                        return new BatchReview(id, decision, sent.signature());
                    }

                    @Override
                    public Optional<String> afterSigning(BatchReview review) {
                        Opened last = opened.get();
                        String station = last != null && last.record().batchId().equals(review.batchId()) ? station(last.key()) : "";
                        return Optional.of(Words.format("records.central.sent", station));
                    }
                },
                (key, format, place) -> Words.format("records.export.notWritten",
                        Words.format("records.export.central", station(key), batchId(key))));
    }

    /** The station's rules in the use case's words, then a sign-off sent and waiting, in the person's language. */
    private static Optional<String> whyNot(WorkstationSignOffUseCase signOffs, Session session, String station, BatchRecord record) {
        Optional<String> rule = QaSignOffUseCase.whyNotSignable(session.user(), record);
        if (rule.isPresent()) {
            return rule;
        }
        // Short: it stands in the record's header beside Approve and Reject; the signature itself was shown when signed.
        return signOffs.waiting(station, record).map(s -> Words.format("records.central.waiting." + s.decision().name().toLowerCase(Locale.ROOT),
                station, s.login()));
    }

    /**
     * The record screen signs and reopens a record by its own batch id, without its station: that is the station of
     * the record opened last (the screen shows one record at a time).
     */
    private static String keyOf(Opened last, String asked) {
        if (asked.indexOf(SEPARATOR) >= 0) {
            return asked;
        }
        if (last != null && last.record().batchId().equals(asked)) {
            return last.key();
        }
        throw new NoSuchBatchException(asked);
    }

    /** The station's refusal of the sign-off sent before, in its words, for the line where "waiting" would stand. */
    private static Optional<SignOffCheck.Note> refused(WorkstationSignOffUseCase signOffs, String station, BatchRecord record) {
        return signOffs.refusal(station, record).map(r -> {
            String key = "records.central.refused." + r.signOff().decision().name().toLowerCase(Locale.ROOT);
            return new SignOffCheck.Note(Words.format(key, station, r.signOff().login()),
                    Words.format(key + ".why", station, r.signOff().login(), SHA256.matcher(r.why()).replaceAll("$1…")));
        });
    }

    private record Opened(String key, BatchRecord record, Optional<String> whyNot, Optional<SignOffCheck.Note> refused) {
    }

    private static BatchListRow named(CentralBatchList.Row row) {
        BatchListRow l = row.line();
        return new BatchListRow(row.station() + SEPARATOR + l.batchId(), l.recipeLabel(), l.operator(), l.dieId(), l.startedAt(), l.state(),
                l.flagCount(), l.decision(), l.training(), l.operatorName(), l.uses());
    }

    static String station(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? "" : key.substring(0, at);
    }

    static String batchId(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }
}
