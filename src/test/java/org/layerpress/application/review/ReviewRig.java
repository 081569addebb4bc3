package org.layerpress.application.review;

import java.time.ZoneOffset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.UserCommands;
import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.Role;
import org.layerpress.report.ReportWriters;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcBatchListStore;
import org.layerpress.store.JdbcReviewStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.testing.TestStation;

/** A station on a real H2 file with the demo users, the real batch and review stores, and the review use cases. */
final class ReviewRig {

    final TestStation station;
    final JdbcBatchStore batches;
    final JdbcReviewStore reviews;
    final JdbcBatchListStore lists;
    final ReviewServices review;

    ReviewRig(Path dir) {
        station = TestStation.builder(dir.resolve("db")).build();
        station.services().seedDemoUsers().run();
        JdbcTransactions tx = (JdbcTransactions) station.services().transactions();
        batches = new JdbcBatchStore(tx);
        reviews = new JdbcReviewStore(tx);
        lists = new JdbcBatchListStore(tx, ZoneOffset.UTC);
        review = ReviewServices.create(station.services(), batches, reviews, lists, new YamlRecipeFiles(), ReportWriters.all(station.clock()));
    }

    Session quinn() {
        return station.loginAs("quinn", "222222");
    }

    Session olga() {
        return station.loginAs("olga", "111111");
    }

    static SignatureInput sig(String login, String pin, String comment) {
        return new SignatureInput(Optional.of(login), Pin.of(pin), comment);
    }

    /** Olga gets the QA role as well (Ada the admin assigns it). */
    void giveOlgaQa() {
        Session ada = station.loginAs("ada", "999999");
        station.services().userAdministration().assignRoles(ada,
                new UserCommands.AssignRoles(station.userId("olga"), EnumSet.of(Role.OPERATOR, Role.QA), "covers QA on weekends"));
    }

    /** Raw SQL outside the application, as someone with the database file and a SQL tool could run it. */
    int sql(String statement) throws SQLException {
        try (Connection c = station.database().connection(); Statement s = c.createStatement()) {
            return s.executeUpdate(statement);
        }
    }

    List<String> column(String query) throws SQLException {
        try (Connection c = station.database().connection(); PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
