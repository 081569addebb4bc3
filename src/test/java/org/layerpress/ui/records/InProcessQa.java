package org.layerpress.ui.records;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.BatchActors;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchListRow;
import org.layerpress.application.review.BatchPage;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.QaSignOffUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;

/**
 * The QA sources in process, over records built from events ({@link QaRecords}): the list filters
 * and pages as the store's contract says, sign-off refuses what the use case refuses. Stands in for
 * the use cases of branches records/review until they are merged.
 */
final class InProcessQa {

    private final Map<String, BatchRecord> records = new LinkedHashMap<>();
    private final Map<String, List<BatchEvent>> events = new LinkedHashMap<>();
    private final Path exportDir;
    private final ZoneId zone;
    final List<BatchListFilter> asked = new CopyOnWriteArrayList<>();

    InProcessQa(Path exportDir, ZoneId zone) {
        this.exportDir = exportDir;
        this.zone = zone;
    }

    InProcessQa add(QaRecords r) {
        BatchRecord rec = r.record();
        records.put(rec.batchId(), rec);
        events.put(rec.batchId(), r.events());
        return this;
    }

    QaSources sources(Session session) {
        BatchListSource list = BatchListSource.of(f -> {
            asked.add(f);
            return page(f);
        }, () -> records.values().stream().map(r -> r.run().recipe().name()).distinct().sorted().toList(),
                () -> records.values().stream().map(r -> r.run().operator()).distinct().sorted().toList());
        return new QaSources(list, this::open, record -> QaSignOffUseCase.whyNotSignable(session.user(), record),
                (id, decision, input) -> signOff(session, id, decision, input),
                (id, format) -> Files.writeString(exportDir.resolve(id + "." + format.name().toLowerCase()), id));
    }

    synchronized BatchRecord open(String id) {
        BatchRecord r = records.get(id);
        if (r == null) {
            throw new IllegalArgumentException("no batch " + id);
        }
        return r;
    }

    private synchronized BatchPage page(BatchListFilter f) {
        List<BatchListRow> all = new ArrayList<>();
        for (BatchRecord r : records.values()) {
            LocalDate day = LocalDate.ofInstant(r.run().startedAt(), zone);
            Optional<QaDecision> decision = r.review().map(BatchReview::decision);
            boolean keep = f.from().map(d -> !day.isBefore(d)).orElse(true) && f.to().map(d -> !day.isAfter(d)).orElse(true)
                    && f.recipeName().map(n -> n.equals(r.run().recipe().name())).orElse(true)
                    && f.operator().map(o -> o.equals(r.run().operator())).orElse(true)
                    && f.state().map(s -> s == r.run().state()).orElse(true)
                    && f.flag().map(k -> r.flags().stream().anyMatch(q -> q.kind() == k)).orElse(true)
                    && f.decision().map(d -> decision.equals(Optional.of(d))).orElse(true)
                    && (!f.undecided() || decision.isEmpty());
            if (keep) {
                all.add(new BatchListRow(r.batchId(), r.run().recipeLabel(), r.run().operator(), r.run().dieId(), r.run().startedAt(),
                        r.run().state(), r.flags().size(), decision));
            }
        }
        all.sort(Comparator.comparing(BatchListRow::startedAt).reversed());
        int from = Math.min(all.size(), f.page() * f.pageSize());
        int to = Math.min(all.size(), from + f.pageSize());
        return new BatchPage(all.subList(from, to), f.page(), f.pageSize(), to < all.size());
    }

    /** What the sign-off use case refuses, refused here too; the demo PIN of quinn is 222222. */
    private synchronized BatchReview signOff(Session session, String id, QaDecision decision, SignatureInput input) {
        BatchRecord r = open(id);
        if (r.locked()) {
            throw new IllegalArgumentException(id + " is signed off already");
        }
        if (BatchActors.of(r).contains(session.user().login())) {
            throw new IllegalArgumentException(session.user().login() + " operated " + id + " and cannot sign it off");
        }
        if (!"222222".equals(new String(input.pin().digits()))) {
            throw new IllegalArgumentException("wrong PIN");
        }
        BatchReview review = new BatchReview(id, decision, QaRecords.signature(session.user().login(), session.user().fullName(),
                decision.meaning(), input.comment(), Instant.parse("2026-11-25T14:30:00Z"), id));
        records.put(id, new BatchRecord(r.run(), r.events(), r.traces(), r.flags(), r.amendments(), Optional.of(review)));
        return review;
    }
}
