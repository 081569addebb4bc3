/**
 * The station assembled once: the H2 file and its store adapters, the use cases on them, the press
 * link (the embedded simulated PLC or a mapped one) and the batch sequencer. {@code run}, the
 * benchmarks and the tests' station all build the station here, so what is tested and measured is
 * what runs. It may import every adapter; only the composition roots ({@code cli}, {@code bench})
 * import it.
 */
package org.layerpress.station;
