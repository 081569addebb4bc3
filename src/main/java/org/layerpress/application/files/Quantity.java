package org.layerpress.application.files;

import org.yaml.snakeyaml.nodes.Node;

/**
 * A number with its unit as a data file wrote it ({@code 360 MPa}, {@code 30 tf}), and where it stood,
 * so a later check (precision, range) can still point at the file's line and key.
 */
public record Quantity(String number, String unit, Node node, String key) {

    /** Which sign a quantity may have. */
    public enum Sign {
        POSITIVE, NOT_NEGATIVE, ANY
    }

    public double value() {
        return Double.parseDouble(number);
    }
}
