package org.layerpress.cli;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchPage;
import org.layerpress.application.review.NoSuchBatchException;
import org.layerpress.application.review.ReviewRefusedException;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.store.central.CentralBatchList;
import org.layerpress.store.central.CentralLink;
import org.layerpress.store.central.CentralLotUses;
import org.layerpress.store.central.CentralRecordReader;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.records.BatchListSource;
import org.layerpress.ui.records.QaSources;
import org.layerpress.ui.records.RecordsView;

/**
 * The Records section over the central copy (a QA workstation): the list of every station's batches with the
 * Station filter, and a record opened from central. A batch is named by its station and its id,
 * {@code press-a/B-20261206-0001} (a host name has no '/'), so the line shows where it was recorded and the
 * record opened is that station's. Signing off stays at the station, and says so in words; exports go through
 * {@code layerpress export --central} (docs/central.md).
 */
final class CentralRecordsSection {

    static final char SEPARATOR = '/';

    private CentralRecordsSection() {
    }

    /**
     * The Records section's factory on a QA workstation: every session reads the same central database, once the
     * station's own rules say the person may read batch records (checked at each read, as the station's use cases do).
     */
    static Function<Session, Node> screen(LayoutLocator layouts, CentralLink link, Authorizer authorizer) {
        CentralBatchList list = new CentralBatchList(link, ZoneId.systemDefault());
        CentralRecordReader reader = new CentralRecordReader(link);
        CentralLotUses lots = new CentralLotUses(link);
        return RecordsView.screen(layouts, session -> sources(list, lots, reader,
                () -> authorizer.require(session, Permission.READ_BATCH_RECORDS, "read batch records from the central database")));
    }

    /** @param mayRead throws when the session may not read batch records; run before every read */
    static QaSources sources(CentralBatchList list, CentralLotUses lots, CentralRecordReader reader, Runnable mayRead) {
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
        return new QaSources(source,
                key -> {
                    mayRead.run();
                    return reader.read(station(key), batchId(key)).orElseThrow(() -> new NoSuchBatchException(key));
                },
                record -> Optional.of(Words.get("records.central.signOff")),
                (key, decision, signature) -> {
                    throw new ReviewRefusedException(Words.get("records.central.signOff"));
                },
                (key, format, place) -> "Not written here: export from the central copy with layerpress export --central URL --station "
                        + station(key) + " --batch " + batchId(key));
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
