package org.layerpress.ui.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.recipes.YamlRecipeFiles;
import org.layerpress.application.users.Session;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.store.JdbcBatchStore;
import org.layerpress.store.JdbcTransactions;
import org.layerpress.testing.TestStation;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * The real sequencer on the real H2 file store with a real OPC UA adapter that is never opened: the
 * steps that need no PLC (check, scans, layers, abort, recovery) run for real, fast; press steps
 * are blocked by "PLC link not connected", as they would be.
 */
final class OfflineRig implements AutoCloseable {

    final TestStation station;
    final PressMapping mapping = MappingLoader.loadBundled("simulator.yaml");
    final MiloPressAdapter port;
    final LivePressState live;
    final JdbcBatchStore store;
    final YamlRecipeFiles files = new YamlRecipeFiles();
    BatchSequencer sequencer;
    BatchFeed feed;

    OfflineRig(Path dir) {
        station = TestStation.open(dir.resolve("db"));
        station.services().seedDemoUsers().run();
        port = new MiloPressAdapter(mapping, dir.resolve("hmi"));
        live = new LivePressState(port, RunRig.DIE);
        store = new JdbcBatchStore((JdbcTransactions) station.services().transactions());
        restart();
    }

    /** A new sequencer on the same store, as after a restart of the station. */
    void restart() {
        if (sequencer != null) {
            sequencer.close();
        }
        sequencer = new BatchSequencer(station.services(), station.recipes().queries(), files, store, port, live, mapping.press(),
                id -> RunRig.DIE.id().equals(id) ? Optional.of(RunRig.DIE) : Optional.empty());
        feed = new BatchFeed();
        sequencer.addListener(feed);
    }

    long approvedRecipe(String name) {
        return RunRig.approvedRecipe(station, mapping, name, Duration.ofSeconds(1));
    }

    Session operator() {
        return station.loginAs("olga", "111111");
    }

    /** Everything inline: calls and results on the test's thread. */
    RunViewModel viewModel(Session session) {
        return new RunViewModel(new BatchCalls(sequencer, session, UseCaseRunner.inline()), feed, live, station.recipes().queries(), List.of(RunRig.DIE));
    }

    BatchRun stored(String batchId) {
        return BatchRun.replay(station.services().transactions().inTransaction(() -> store.events(batchId)), files);
    }

    @Override
    public void close() {
        sequencer.close();
        port.close();
    }
}
