package org.layerpress.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.layerpress.domain.batch.TracePoint;

/**
 * Press samples of one step as a compact byte string (encoding 1 of {@code trace_chunk}, ADR 0005).
 * Each sample is three zig-zag varints: how much the time step (source time in microseconds) changed
 * since the previous step — regular sampling gives 0, one byte —, and the change of force in
 * 0.001 kN and of ram position in 0.0001 mm since the previous sample (the first sample's time is
 * relative to the chunk's first time, its force and position to zero). At 100 Hz a sample takes
 * 3-5 bytes instead of ~40 bytes as a row.
 *
 * <p>Resolution is what is kept: decoding gives the time truncated to the microsecond and force and
 * position rounded to the nearest unit (as {@code units / 1000.0} and {@code units / 10000.0}, so a
 * value already at the resolution reads back as the same double). NaN, infinities and values whose
 * units do not fit exactly in a double are refused: a trace must not silently hold a number it cannot
 * give back.
 */
public final class TraceChunkCodec {

    public static final int ENCODING = 1;
    public static final double FORCE_UNITS_PER_KILONEWTON = 1_000;
    public static final double POSITION_UNITS_PER_MILLIMETRE = 10_000;

    /** Beyond 2^53 a double no longer holds every integer: the rounding could not be undone. */
    private static final double MAX_UNITS = 9_007_199_254_740_992.0;

    private TraceChunkCodec() {
    }

    /** An encoded chunk: its first sample's time (truncated to the µs), how many samples, the bytes. */
    public record Chunk(Instant firstTime, int count, byte[] data) {
    }

    /** Encodes points of one step, in the order given (insertion order is the trace's order). */
    public static Chunk encode(List<TracePoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a trace chunk holds at least one sample");
        }
        Bytes out = new Bytes(points.size() * 5);
        long first = storableMicros(points.get(0), 0);
        long time = first;
        long interval = 0;
        long force = 0;
        long position = 0;
        for (int i = 0; i < points.size(); i++) {
            TracePoint p = points.get(i);
            long t = storableMicros(p, i);
            long f = units(p.forceKiloNewtons(), FORCE_UNITS_PER_KILONEWTON, "force", "kN", i, p);
            long x = units(p.positionMillimetres(), POSITION_UNITS_PER_MILLIMETRE, "position", "mm", i, p);
            long dt;
            long ddt;
            try {
                dt = Math.subtractExact(t, time);
                ddt = Math.subtractExact(dt, interval);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("sample " + (i + 1) + " of step " + p.step() + " is too far in time from the previous one: "
                        + p.sourceTime(), e);
            }
            out.zigZag(ddt);
            out.zigZag(f - force);
            out.zigZag(x - position);
            time = t;
            interval = dt;
            force = f;
            position = x;
        }
        return new Chunk(instant(first), points.size(), out.toArray());
    }

    /**
     * @throws IllegalArgumentException if the bytes do not hold exactly {@code count} samples
     */
    public static List<TracePoint> decode(int step, Instant firstTime, int count, byte[] data) {
        List<TracePoint> out = new ArrayList<>(count);
        Reader in = new Reader(data);
        long time = micros(firstTime);
        long interval = 0;
        long force = 0;
        long position = 0;
        for (int i = 0; i < count; i++) {
            interval += in.zigZag();
            time += interval;
            force += in.zigZag();
            position += in.zigZag();
            out.add(new TracePoint(step, instant(time), force / FORCE_UNITS_PER_KILONEWTON, position / POSITION_UNITS_PER_MILLIMETRE));
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("trace chunk has " + (data.length - in.position) + " bytes after its " + count + " samples");
        }
        return out;
    }

    private static long storableMicros(TracePoint p, int index) {
        try {
            return micros(p.sourceTime());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("sample " + (index + 1) + " of step " + p.step() + " has a source time out of range: " + p.sourceTime(), e);
        }
    }

    /** Microseconds since the epoch, truncated toward the past (never later than the sample was stamped). */
    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    private static long units(double value, double perUnit, String what, String unit, int index, TracePoint p) {
        double scaled = value * perUnit;
        if (!Double.isFinite(value) || Math.abs(scaled) >= MAX_UNITS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "sample %d of step %d at %s has %s %s %s: not a storable number",
                    index + 1, p.step(), p.sourceTime(), what, value, unit));
        }
        return Math.round(scaled);
    }

    private static final class Bytes {
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[Math.max(16, capacity)];
        }

        void zigZag(long v) {
            long u = (v << 1) ^ (v >> 63);
            while ((u & ~0x7FL) != 0) {
                put((byte) ((u & 0x7F) | 0x80));
                u >>>= 7;
            }
            put((byte) u);
        }

        private void put(byte b) {
            if (size == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            buf[size++] = b;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }

    private static final class Reader {
        private final byte[] data;
        private int position;

        Reader(byte[] data) {
            this.data = data;
        }

        long zigZag() {
            long u = 0;
            for (int shift = 0; ; shift += 7) {
                if (position >= data.length) {
                    throw new IllegalArgumentException("trace chunk ends inside a sample (byte " + position + ")");
                }
                if (shift > 63) {
                    throw new IllegalArgumentException("trace chunk has a number longer than 64 bits at byte " + position);
                }
                byte b = data[position++];
                u |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            return (u >>> 1) ^ -(u & 1);
        }

        boolean atEnd() {
            return position == data.length;
        }
    }
}
