package org.layerpress.application.review;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;

/**
 * The QA batch list: pages of batch records by filter, and the names the filter pickers offer.
 * Needs {@link Permission#READ_BATCH_RECORDS} (QA and Supervisors): QA finds records to sign off,
 * Supervisors look at how their recipes and the press perform. Operators see their running batch on
 * the run screen, not the archive (docs/architecture.md#people-and-what-they-must-never-be-able-to-do);
 * of the archive only their own finished batches not yet signed off, to correct ({@link #amendableBy}).
 */
public final class BatchListUseCase {

    /** The most amendable batches listed: the newest ones, which are the ones a person still remembers. */
    static final int AMENDABLE_SHOWN = 50;

    private final Authorizer authorizer;
    private final Transactions tx;
    private final BatchListStore store;

    public BatchListUseCase(Authorizer authorizer, Transactions tx, BatchListStore store) {
        this.authorizer = authorizer;
        this.tx = tx;
        this.store = store;
    }

    public BatchPage list(Session session, BatchListFilter filter) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(() -> store.list(filter));
    }

    /**
     * The finished batches (COMPLETE or ABORTED) the person ran that QA has not signed off yet, newest
     * first: what an Operator may still correct by a signed amendment ({@link AmendmentUseCase}). Needs
     * {@link Permission#RUN_BATCH}; lists their own batches only, not the archive.
     */
    public List<BatchListRow> amendableBy(Session session) {
        String login = authorizer.require(session, Permission.RUN_BATCH, "list your finished batches").login();
        BatchListFilter own = new BatchListFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(login), Optional.empty(),
                Optional.empty(), Optional.empty(), true, 0, AMENDABLE_SHOWN);
        return tx.inTransaction(() -> store.list(own)).rows().stream().filter(r -> r.state().finished()).toList();
    }

    public List<String> recipeNames(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::recipeNames);
    }

    public List<String> operators(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::operators);
    }

    public List<String> dieIds(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::dieIds);
    }

    public List<String> materials(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::materials);
    }

    /** Every use of a powder lot across batches ("which batches used lot X?"), oldest first. */
    public List<LotUseLine> usesOfLot(Session session, String lot) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(() -> store.usesOfLot(lot));
    }
}
