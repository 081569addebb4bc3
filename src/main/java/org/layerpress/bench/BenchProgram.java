package org.layerpress.bench;

import org.layerpress.application.press.StandardSignal;
import org.layerpress.sim.PlcIo;
import org.layerpress.sim.PlcProgram;

/** A PLC program for measurements: idle, echo the setpoint into force, or count force up at a fixed rate. */
final class BenchProgram implements PlcProgram {

    enum Mode { IDLE, ECHO, PRODUCE }

    private volatile Mode mode = Mode.IDLE;
    private volatile double produceHz = 100;
    private double accumulated;
    private volatile long produced;

    void idle() {
        mode = Mode.IDLE;
    }

    void echo() {
        mode = Mode.ECHO;
    }

    void produce(double hz) {
        produceHz = hz;
        accumulated = 0;
        produced = 0;
        mode = Mode.PRODUCE;
    }

    long produced() {
        return produced;
    }

    @Override
    public void scan(double dtSeconds, PlcIo io) {
        switch (mode) {
            case IDLE -> { }
            case ECHO -> io.set(StandardSignal.FORCE, io.get(StandardSignal.SETPOINT_FORCE));
            case PRODUCE -> {
                accumulated += dtSeconds * produceHz;
                // One value per scan at most: a value overwritten within the same scan never existed for a client.
                if (accumulated >= 1) {
                    accumulated = Math.min(accumulated - 1, 1);
                    produced++;
                    io.set(StandardSignal.FORCE, produced);
                }
            }
        }
    }
}
