package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.mapping.MappingLoader;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.TraceBlockSpec;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.plc.MiloPressAdapter;
import org.layerpress.sim.PlcProgram;
import org.layerpress.sim.PressSimulator;
import org.layerpress.sim.SimulatorOptions;
import org.layerpress.station.EmbeddedPress;
import org.layerpress.station.PressLink;
import org.layerpress.station.Sequencers;

/**
 * One simulated press on loopback and the HMI side of it, assembled as {@code layerpress run}
 * assembles them ({@link EmbeddedPress}, {@link PressLink}, {@link Sequencers}): the real Milo
 * server and client, the live press state, and (on a station) the batch sequencer. Force and ram position are sampled at {@code samplingMillis}; the other
 * signals keep the mapping's intervals. The PLC's buffered trace is either the mapping's block with
 * its period set to the simulator's scan (the simulator writes one sample per scan, so the two must
 * agree at every bench speed, or the sample times the HMI computes are off), or none at all: then
 * the record comes from the sampled force and position, the contract's fallback.
 */
final class BenchPress implements AutoCloseable {

    final PressMapping mapping;
    final PressSimulator sim;
    final MiloPressAdapter port;
    final LivePressState live;
    private final EmbeddedPress embedded;
    private final PressLink link;
    private BatchSequencer sequencer;

    BenchPress(Path dir, PlcProgram program, int scanMillis, double timeScale, int samplingMillis)
            throws InterruptedException, PressLinkException {
        this(dir, program, scanMillis, timeScale, samplingMillis, true);
    }

    /** @param bufferedTrace the mapping's forceTrace block at one sample per scan; false: no block (the per-sample path) */
    BenchPress(Path dir, PlcProgram program, int scanMillis, double timeScale, int samplingMillis, boolean bufferedTrace)
            throws InterruptedException, PressLinkException {
        this(dir, traceAtScan(MappingLoader.loadBundled("simulator.yaml"), scanMillis, bufferedTrace), program, scanMillis, timeScale,
                m -> forceSampledAt(m, samplingMillis));
    }

    /**
     * Another kind of press (a vessel, a heated or a manual pump press): its bundled mapping and PLC
     * program, every signal at the mapping's own interval.
     */
    BenchPress(Path dir, PressMapping bundled, PlcProgram program, int scanMillis, double timeScale)
            throws InterruptedException, PressLinkException {
        this(dir, bundled, program, scanMillis, timeScale, m -> m);
    }

    private BenchPress(Path dir, PressMapping bundled, PlcProgram program, int scanMillis, double timeScale, UnaryOperator<PressMapping> sampling)
            throws InterruptedException, PressLinkException {
        embedded = EmbeddedPress.start(bundled, SimulatorOptions.loopback(0, dir.resolve("sim-pki"))
                .withScanMillis(scanMillis).withTimeScale(timeScale), program);
        sim = embedded.simulator();
        mapping = sampling.apply(embedded.mapping());
        link = PressLink.opcUa(mapping, dir.resolve("hmi-pki"), BenchStation.DIE);
        port = (MiloPressAdapter) link.port();
        live = link.live();
        link.open();
        if (!link.awaitConnected(Duration.ofSeconds(30))) {
            close();
            throw new PressLinkException("bench: no link to the simulator: " + port.linkStatus().detail());
        }
        link.awaitFirstValues(Duration.ofSeconds(10));
    }

    private static PressMapping forceSampledAt(PressMapping m, int samplingMillis) {
        PressMapping force = m.withSignal(m.require(StandardSignal.FORCE).withSamplingMillis(samplingMillis));
        return force.withSignal(force.require(StandardSignal.RAM_POSITION).withSamplingMillis(samplingMillis));
    }

    /** The mapping with its trace block sampled once per simulator scan, or without the block. */
    static PressMapping traceAtScan(PressMapping m, int scanMillis, boolean bufferedTrace) {
        if (!bufferedTrace) {
            return m.withForceTrace(Optional.empty());
        }
        return m.withForceTrace(m.forceTrace().map(t -> new TraceBlockSpec(t.count(), t.force(), t.position(), t.length(), scanMillis,
                t.pollMillis(), t.line())));
    }

    /** The mapping's sampling interval for force (what the HMI ships with). */
    static int shippedForceSamplingMillis() {
        return MappingLoader.loadBundled("simulator.yaml").require(StandardSignal.FORCE).samplingMillis();
    }

    /** A sequencer on this press, recording into the station's database. */
    BatchSequencer sequencer(BenchStation station) {
        if (sequencer == null) {
            sequencer = Sequencers.withoutQualityFlags(station.stores, station.useCases, link, List.of(BenchStation.DIE));
        }
        return sequencer;
    }

    @Override
    public void close() {
        if (sequencer != null) {
            sequencer.close();
        }
        link.close();
        embedded.close();
    }
}
