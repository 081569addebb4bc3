package org.layerpress.testing;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LinkStatus;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.SignalReading;
import org.layerpress.application.press.StandardSignal;

/** An in-memory press: tests push samples and link states, delivered on the caller's (non-FX) thread like an I/O thread. */
public final class FakePressPort implements PressPort {

    private final List<Consumer<LinkStatus>> linkListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<PressSample>> sampleListeners = new CopyOnWriteArrayList<>();
    private volatile LinkStatus link = LinkStatus.of(LinkState.CONNECTING, "");
    public volatile boolean closed;

    public void pushLink(LinkState state, String detail) {
        link = LinkStatus.of(state, detail);
        linkListeners.forEach(l -> l.accept(link));
    }

    public void push(StandardSignal signal, double value) {
        PressSample sample = new PressSample(signal, value, Instant.now(), System.nanoTime(), true);
        sampleListeners.forEach(l -> l.accept(sample));
    }

    @Override
    public void open() {
    }

    @Override
    public LinkStatus linkStatus() {
        return link;
    }

    @Override
    public void addLinkListener(Consumer<LinkStatus> listener) {
        linkListeners.add(listener);
    }

    @Override
    public void addSampleListener(Consumer<PressSample> listener) {
        sampleListeners.add(listener);
    }

    @Override
    public void write(StandardSignal signal, double engineeringValue) throws PressLinkException {
        throw new PressLinkException("the fake press takes no writes");
    }

    @Override
    public void command(StandardSignal command) throws PressLinkException {
        throw new PressLinkException("the fake press takes no commands");
    }

    @Override
    public List<SignalReading> readAll() {
        return List.of();
    }

    @Override
    public void close() {
        closed = true;
    }
}
