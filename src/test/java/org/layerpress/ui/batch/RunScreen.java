package org.layerpress.ui.batch;

import java.time.Duration;
import java.util.List;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.testing.TestRecipes;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The Run screen's plumbing on a test station with a sequencer: the batch feed the screen listens
 * to, and the screen's view model for a session, offering the station's first die.
 */
final class RunScreen {

    private final TestStation station;
    private BatchFeed feed;

    RunScreen(TestStation station) {
        this.station = station;
        listen();
    }

    private void listen() {
        feed = new BatchFeed();
        station.sequencer().addListener(feed);
    }

    BatchFeed feed() {
        return feed;
    }

    /** Everything inline: calls and results on the test's thread. */
    RunViewModel viewModel(Session session) {
        return viewModel(session, UseCaseRunner.inline());
    }

    RunViewModel viewModel(Session session, UseCaseRunner background) {
        return viewModel(new BatchCalls(station.sequencer(), session, background));
    }

    /** With the station's die registry as it is (every die IN_USE), not only the first die. */
    RunViewModel viewModelWithRegistry(Session session) {
        List<RegisteredDie> inUse = station.stores().transactions().inTransaction(() -> station.stores().dies().all()).stream()
                .filter(d -> d.status() == DieStatus.IN_USE).toList();
        return new RunViewModel(new BatchCalls(station.sequencer(), session, UseCaseRunner.fx()), feed, station.live(), station.recipes().queries(), inUse);
    }

    /** On calls made by the test, e.g. with a balance. */
    RunViewModel viewModel(BatchCalls calls) {
        return new RunViewModel(calls, feed, station.live(), station.recipes().queries(), TestStation.dieInUse());
    }

    /** A new sequencer on the same store, as after a restart of the station, and a new feed on it. */
    void restart() {
        station.restartSequencer();
        listen();
    }

    /** {@link TestRecipes#twoLayersWithLotScan}, approved by the demo supervisors. */
    long approvedRecipe(String name, Duration hold) {
        return station.approve(TestRecipes.twoLayersWithLotScan(name, station.pressProfile(), hold));
    }
}
