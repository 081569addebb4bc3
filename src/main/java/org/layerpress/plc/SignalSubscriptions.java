package org.layerpress.plc;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.layerpress.application.mapping.Access;
import org.layerpress.application.mapping.ManualPumpSpec;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes every readable signal of the mapping, each with its own sampling interval, and turns
 * every notification into a {@link PressSample} in engineering units, or into a bad sample with the
 * problem in words when the PLC sent bad data ({@link SampleCheck}).
 *
 * <p>One subscription publishes at about the fastest sampling interval, so a sample waits at most
 * one publishing interval. Each monitored item's queue holds {@link #QUEUE_SAFETY_FACTOR} times the
 * samples that fit in a publishing interval, so a late publish (busy client, GC pause) still loses
 * nothing.
 *
 * <p>The server answers every publish within {@link #KEEP_ALIVE_MILLIS} ms, with data or with an
 * empty keep-alive, so a publish that has not come back for {@link #WATCHDOG_MULTIPLIER} keep-alive
 * periods means the server itself is silent (a frozen PLC process whose socket stays open): Milo's
 * subscription watchdog tells {@code onSilentServer}, which does not depend on plcAlive being mapped.
 *
 * <p>Samples go to the listeners on Milo's delivery thread, in the order the PLC reported them
 * (per signal, oldest first), each once: a notification the client is handed a second time (a
 * republished message it already had) is dropped ({@link RepeatedNotifications}). Listeners must
 * return quickly: while one runs, the next publish waits.
 */
final class SignalSubscriptions {

    static final int QUEUE_SAFETY_FACTOR = 10;
    static final double MIN_PUBLISHING_MILLIS = 10;
    /** The longest the server stays quiet when nothing changed (its keep-alive publish). */
    static final double KEEP_ALIVE_MILLIS = 400;
    /** Keep-alive periods without any publish before the server counts as silent: 2.5 × 400 ms = 1 s. */
    static final double WATCHDOG_MULTIPLIER = 2.5;
    private static final Logger LOG = LoggerFactory.getLogger(SignalSubscriptions.class);

    private final List<SignalSpec> inputs;
    private final List<Consumer<PressSample>> listeners = new CopyOnWriteArrayList<>();
    /** Notifications the client was handed a second time and dropped. */
    private final java.util.concurrent.atomic.AtomicLong repeated = new java.util.concurrent.atomic.AtomicLong();

    /** On a manual press read through its oil pressure: how each oil pressure sample becomes a force sample. */
    private final Optional<ManualPumpSpec> derivedForce;

    SignalSubscriptions(PressMapping mapping) {
        this.inputs = mapping.all().stream().filter(s -> s.access() == Access.READ && !s.isMethod()).toList();
        this.derivedForce = mapping.manualPump().filter(ManualPumpSpec::fromOilPressure);
    }

    void addListener(Consumer<PressSample> listener) {
        listeners.add(listener);
    }

    /** About the fastest sampling interval: latency ≈ sampling + publishing (docs/stack-notes.md#eclipse-milo-112). */
    double publishingMillis() {
        return Math.max(MIN_PUBLISHING_MILLIS, inputs.stream().mapToDouble(SignalSpec::samplingMillis).min().orElse(100));
    }

    /** Room for every sample between two publishes, times a safety factor. */
    static int queueSize(double publishingMillis, double samplingMillis) {
        int perPublish = (int) Math.ceil(publishingMillis / Math.max(1, samplingMillis));
        return Math.max(1, perPublish) * QUEUE_SAFETY_FACTOR;
    }

    /**
     * Creates the subscription and its items on a fresh connection.
     *
     * @param onSilentServer told (on a Milo thread) with the words of the silence when no publish
     *     came back within the watchdog time
     * @return "" when every signal is subscribed, else which ones failed and why (the link still
     *     counts as up: the rest of the press is visible)
     */
    String subscribe(PlcConnection connection, Consumer<String> onSilentServer) throws LinkFailure {
        OpcUaSubscription subscription = new OpcUaSubscription(connection.client(), publishingMillis());
        subscription.setTargetKeepAliveInterval(KEEP_ALIVE_MILLIS);
        subscription.setWatchdogMultiplier(WATCHDOG_MULTIPLIER);
        subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onWatchdogTimerElapsed(OpcUaSubscription s) {
                onSilentServer.accept(String.format(java.util.Locale.ROOT, "no answer from the PLC's OPC UA server for %d ms",
                        watchdogMillis(s)));
            }
        });
        try {
            subscription.create();
        } catch (UaException e) {
            throw new LinkFailure("the PLC refused the subscription: " + StatusText.describe(e), LinkFailure.Retry.SOON, e);
        }
        double publishing = subscription.getRevisedPublishingInterval().orElse(publishingMillis());
        for (SignalSpec spec : inputs) {
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(connection.nodeId(spec));
            item.setSamplingInterval(spec.samplingMillis());
            item.setQueueSize(uint(queueSize(publishing, spec.samplingMillis())));
            item.setDiscardOldest(true);
            item.setUserObject(spec);
            RepeatedNotifications repeats = new RepeatedNotifications();
            item.setDataValueListener((i, value) -> {
                if (repeats.firstTime(value)) {
                    deliver(spec, value);
                } else {
                    long n = repeated.incrementAndGet();
                    if (n == 1 || n % 1000 == 0) {
                        LOG.info("{} notification(s) the client was handed a second time dropped so far (republished messages it already had)", n);
                    }
                }
            });
            subscription.addMonitoredItem(item);
        }
        try {
            subscription.synchronizeMonitoredItems();
            LOG.debug("subscribed {} signals, publishing every {} ms", inputs.size(), publishing);
            return "";
        } catch (MonitoredItemSynchronizationException e) {
            List<String> failed = new ArrayList<>();
            for (MonitoredItemServiceOperationResult r : e.getCreateResults()) {
                if (!r.serviceResult().isGood()) {
                    throw new LinkFailure("the PLC refused the monitored items: " + StatusText.describe(r.serviceResult()),
                            LinkFailure.Retry.SOON, e);
                }
                if (r.operationResult().map(s -> !s.isGood()).orElse(false)) {
                    SignalSpec spec = specOf(r.monitoredItem());
                    failed.add(spec.signal().key() + " (" + spec.node() + "): " + StatusText.name(r.operationResult().get()));
                }
            }
            LOG.warn("signals not subscribed: {}", failed);
            return "not subscribed: " + String.join(", ", failed);
        }
    }

    /** Publishing interval × keep-alive count × multiplier, as the server revised them. */
    static long watchdogMillis(OpcUaSubscription s) {
        double publishing = s.getRevisedPublishingInterval().orElse(s.getPublishingInterval());
        long keepAlive = s.getRevisedMaxKeepAliveCount().orElse(s.getMaxKeepAliveCount()).longValue();
        return Math.round(publishing * keepAlive * WATCHDOG_MULTIPLIER);
    }

    private static SignalSpec specOf(OpcUaMonitoredItem item) {
        return (SignalSpec) item.getUserObject().orElseThrow();
    }

    private void deliver(SignalSpec spec, DataValue value) {
        long received = System.nanoTime();
        SampleCheck.Checked checked = SampleCheck.check(spec, value);
        PressSample sample = new PressSample(spec.signal(), checked.value(), timeOf(value), received, checked.good(), checked.problem());
        hand(sample);
        if (spec.signal() == StandardSignal.OIL_PRESSURE && derivedForce.isPresent()) {
            // The rest of the HMI (live values, trace, hold detection) works in force; a bad pressure
            // stays a bad force, never a number computed from nothing.
            double force = checked.good() ? derivedForce.get().kiloNewtons(checked.value()) : Double.NaN;
            hand(new PressSample(StandardSignal.FORCE, force, sample.sourceTime(), received, checked.good(), checked.problem()));
        }
    }

    private void hand(PressSample sample) {
        for (Consumer<PressSample> listener : listeners) {
            try {
                listener.accept(sample);
            } catch (RuntimeException e) {
                LOG.warn("sample listener failed on {}: {}", sample.signal().key(), e.toString());
            }
        }
    }

    /** The PLC's source timestamp; the server's when the PLC gives none; arrival as a last resort. */
    private static Instant timeOf(DataValue value) {
        DateTime source = value.sourceTime();
        if (source != null && source.isValid() && source.isNotNull()) {
            return source.getJavaInstant();
        }
        DateTime server = value.serverTime();
        if (server != null && server.isValid() && server.isNotNull()) {
            return server.getJavaInstant();
        }
        return Instant.now();
    }
}
