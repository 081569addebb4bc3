package org.layerpress.ui.admin;

import org.layerpress.domain.audit.AuditEntry;

/**
 * Reads the first line of a SEALED audit row's text ("sha256 DIGEST rows N", then a hash per row)
 * without splitting the rest, so a seal of a long batch costs one short line on the screen.
 */
final class SealText {

    static final String ACTION = "SEALED";
    private static final int SHORT_HASH = 8;

    private SealText() {
    }

    static boolean isSeal(AuditEntry e) {
        return ACTION.equals(e.action()) && e.newValue().startsWith("sha256 ");
    }

    /** "212 rows, hash 3fa2c9d1…"; the text itself when its first line is not a seal's. */
    static String summary(String text) {
        String[] head = firstLine(text).split(" ");
        if (head.length < 4 || !"rows".equals(head[2])) {
            return firstLine(text);
        }
        return head[3] + (head[3].equals("1") ? " row" : " rows") + ", hash " + head[1].substring(0, Math.min(SHORT_HASH, head[1].length())) + "\u2026";
    }

    /** The whole SHA-256 of the first line, or "" when there is none. */
    static String digest(String text) {
        String[] head = firstLine(text).split(" ");
        return head.length > 1 ? head[1] : "";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
