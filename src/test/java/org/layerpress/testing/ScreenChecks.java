package org.layerpress.testing;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Assertions;
import org.layerpress.ui.controls.HoldButton;
import org.layerpress.ui.controls.KeyGrid;
import org.layerpress.ui.fx.FitPane;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a tap-only review of a screen looks for, measured on the scene as drawn: words cut with an
 * ellipsis, a word wrapped inside itself ("platenTemperatureB|ottom"), text drawn outside the scene, two texts drawn over each other, buttons under 20 mm
 * either way, and a section drawn scaled down (a {@link FitPane} below scale 1, or a root that
 * needs more room than the scene, which the main frame would scale). Each finding names the node
 * (its id, else its style class) and its text. An exception is allowed only by id and with a reason,
 * so a screen's test says why a cut or a small button is acceptable there.
 */
public final class ScreenChecks {

    /** Where {@link #check} leaves a picture of each screen it checked, to look at. */
    public static final Path FOLDER = Path.of("target", "screen-checks");
    /** One pixel of rounding below 20 mm on the design panel. */
    private static final double MIN_TARGET_PX = KeyGrid.MIN_KEY_PX - 1;
    private static final double SLACK_PX = 1;

    private final Map<String, String> cutAllowed = new LinkedHashMap<>();
    private final Map<String, String> smallAllowed = new LinkedHashMap<>();

    /** A cut text allowed in the node with this id (or under it), for this reason. */
    public ScreenChecks allowCut(String id, String reason) {
        cutAllowed.put(id, requireReason(reason));
        return this;
    }

    /** A button under 20 mm allowed with this id (or under it), for this reason. */
    public ScreenChecks allowSmall(String id, String reason) {
        smallAllowed.put(id, requireReason(reason));
        return this;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an exception to the screen checks needs a reason");
        }
        return reason;
    }

    /**
     * Checks the scene on the FX thread once pending layout is done, saves it as
     * {@code target/screen-checks/<name>.png}, and returns the findings, each starting with {@code name}.
     */
    public List<String> check(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            ScenePng.save(scene, FOLDER.resolve(name + ".png"));
            if (Boolean.getBoolean("screenchecks.debug")) { // -Dscreenchecks.debug=true: each node's minimum size, to see what pushes a section past the scene
                dump(scene.getRoot(), "", name);
            }
            List<String> out = new ArrayList<>();
            findings(scene).forEach(f -> out.add(name + ": " + f));
            return out;
        }).get(10, SECONDS);
    }

    /**
     * Fails on any finding not among the known ones (prefixes), and on a known one no longer found,
     * so a fixed defect comes off the list.
     */
    public static void assertOnly(List<String> findings, List<String> known) {
        List<String> unknown = findings.stream().filter(f -> known.stream().noneMatch(f::startsWith)).toList();
        Assertions.assertEquals(List.of(), unknown, String.join("\n", unknown));
        for (String k : known) {
            Assertions.assertTrue(findings.stream().anyMatch(f -> f.startsWith(k)), "fixed now, take it off the known list: " + k);
        }
    }

    /** Every finding on the scene as it is laid out now; FX thread only. */
    public List<String> findings(Scene scene) {
        List<String> out = new ArrayList<>();
        List<Node> all = new ArrayList<>();
        collect(scene.getRoot(), all);
        scaled(scene, all, out);
        List<Text> texts = new ArrayList<>();
        List<Integer> layers = new ArrayList<>();
        int layer = 0;
        for (Node n : all) {
            if (!texts.isEmpty() && coversScene(scene, n)) {
                layer++; // an overlay: what it covers is not beside what it shows
            }
            if (n instanceof Labeled l) {
                cut(l, out);
            }
            if (n instanceof Text t && !t.getText().isBlank()) {
                texts.add(t);
                layers.add(layer);
                outside(scene, t, out);
                brokenWord(t, out);
            }
            if (n instanceof ButtonBase || n instanceof HoldButton) {
                small(n, out);
            }
        }
        overlapping(texts, layers, out);
        return out;
    }

    /** A painted region over (nearly) the whole scene: an overlay such as a picker or a pad. */
    private static boolean coversScene(Scene scene, Node n) {
        if (!(n instanceof Region r) || r.getBackground() == null || r.getBackground().isEmpty()) {
            return false;
        }
        Bounds b = r.localToScene(r.getLayoutBounds());
        return b.getWidth() * b.getHeight() >= 0.9 * scene.getWidth() * scene.getHeight();
    }

    /** Showing nodes only: a hidden page or an unused overlay is not on the screen. */
    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        into.add(node);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, into));
        }
    }

    private void cut(Labeled l, List<String> out) {
        String text = l.getText();
        if (text == null || text.isEmpty()) {
            return;
        }
        String shown = l.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(t -> ((Text) t).getText())
                .findFirst().orElse(text);
        String expected = l.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
        boolean ellipsis = !l.getEllipsisString().isEmpty() && shown.contains(l.getEllipsisString());
        if (!shown.equals(expected) && (ellipsis || shown.isEmpty()) && allowed(l, cutAllowed) == null) {
            out.add("cut " + describe(l) + " shows '" + shown + "' (" + Math.round(l.getWidth()) + " px wide)");
        }
    }

    /**
     * A wrapped text whose line starts in the middle of a word: JavaFX wraps at whitespace, and a word
     * longer than the room left is cut wherever it runs out. Cheap: only texts with a wrapping width,
     * and one caret position per character. Chinese and Japanese break between any two characters, so
     * a break beside an ideograph is not a finding.
     */
    private static void brokenWord(Text t, List<String> out) {
        String s = t.getText();
        if (t.getWrappingWidth() <= 0 || s.length() < 2) {
            return;
        }
        double lineY = caretY(t, 0);
        for (int i = 1; i < s.length(); i++) {
            double y = caretY(t, i);
            if (y > lineY + 1) {
                if (wordChar(s.charAt(i - 1)) && wordChar(s.charAt(i))) {
                    int from = Math.max(s.lastIndexOf(' ', i - 1) + 1, 0);
                    int to = s.indexOf(' ', i);
                    String word = s.substring(from, to < 0 ? s.length() : to);
                    out.add("broken word " + describe(owner(t)) + ": '" + s.substring(from, i) + "|" + word.substring(i - from) + "'");
                }
                lineY = y;
            }
        }
    }

    private static double caretY(Text t, int index) {
        PathElement first = t.caretShape(index, true)[0];
        return first instanceof MoveTo m ? m.getY() : 0;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && !Character.isIdeographic(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.HIRAGANA
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA;
    }

    private static void outside(Scene scene, Text t, List<String> out) {
        Bounds b = t.localToScene(t.getBoundsInLocal());
        for (Node at = t.getParent(); at != null; at = at.getParent()) {
            if (at.getClip() != null) {
                // What is drawn is the part inside the clip (a paged list's viewport): a line cut by
                // the viewport's edge is reached by paging; only the drawn part must be on the screen.
                Bounds clip = at.localToScene(at.getClip().getBoundsInParent());
                if (!clip.intersects(b)) {
                    return; // clipped away by a paged area: not drawn
                }
                b = intersection(b, clip);
            }
        }
        if (b.getMinX() < -SLACK_PX || b.getMinY() < -SLACK_PX || b.getMaxX() > scene.getWidth() + SLACK_PX
                || b.getMaxY() > scene.getHeight() + SLACK_PX) {
            out.add("outside the screen: " + describe(owner(t)) + " at " + box(b));
        }
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.min(a.getMaxX(), b.getMaxX()) - minX,
                Math.min(a.getMaxY(), b.getMaxY()) - minY);
    }

    private void small(Node n, List<String> out) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        if ((b.getWidth() < MIN_TARGET_PX || b.getHeight() < MIN_TARGET_PX) && allowed(n, smallAllowed) == null) {
            out.add(String.format(Locale.ROOT, "small button %s: %.0f × %.0f px, under %.0f px (20 mm)", describe(n), b.getWidth(),
                    b.getHeight(), KeyGrid.MIN_KEY_PX));
        }
    }

    /**
     * Two texts of one layer drawn over each other (more than a few pixels each way: glyph boxes
     * touch at line gaps).
     */
    private static void overlapping(List<Text> texts, List<Integer> layers, List<String> out) {
        // Drawn parts only: a line scrolled out of a clipped viewport is not drawn over the title above it.
        List<Bounds> boxes = texts.stream().map(ScreenChecks::drawn).toList();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size() && layers.get(j).equals(layers.get(i)); j++) {
                Bounds a = boxes.get(i);
                Bounds b = boxes.get(j);
                if (a == null || b == null) {
                    continue;
                }
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 4 && h > 6) {
                    out.add("overlapping text: " + describe(owner(texts.get(i))) + " and " + describe(owner(texts.get(j))));
                }
            }
        }
    }

    /** The part of a text inside every clip above it, in scene coordinates; null when clipped away entirely. */
    private static Bounds drawn(Text t) {
        Bounds b = t.localToScene(t.getBoundsInLocal());
        for (Node at = t.getParent(); at != null; at = at.getParent()) {
            if (at.getClip() != null) {
                Bounds clip = at.localToScene(at.getClip().getBoundsInParent());
                if (!clip.intersects(b)) {
                    return null;
                }
                b = intersection(b, clip);
            }
        }
        return b;
    }

    /** A section drawn below scale 1: by its FitPane in the main frame, or (without one) as the frame would. */
    private static void scaled(Scene scene, List<Node> all, List<String> out) {
        boolean hosted = false;
        for (Node n : all) {
            if (n instanceof FitPane fit) {
                hosted = true;
                double factor = fit.content().getLocalToParentTransform().getMxx();
                if (factor < 0.999) {
                    out.add(String.format(Locale.ROOT, "scaled to %.3f: %s needs %.0f px wide, %.0f px high", factor,
                            describe(fit.content()), fit.content().minWidth(-1), fit.content().minHeight(-1)));
                }
            }
        }
        Parent root = scene.getRoot();
        if (!hosted) {
            double w = scene.getWidth();
            double h = scene.getHeight();
            double needW = Math.max(w, root.minWidth(-1));
            double needH = Math.max(h, root.getContentBias() == Orientation.HORIZONTAL ? root.minHeight(needW) : root.minHeight(-1));
            double factor = Math.min(w / needW, h / needH);
            if (factor < 0.999) {
                out.add(String.format(Locale.ROOT, "would be scaled to %.3f in the main frame: %s needs %.0f × %.0f px", factor,
                        describe(root), needW, needH));
            }
        }
    }

    private static String allowed(Node n, Map<String, String> exceptions) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null && exceptions.containsKey(at.getId())) {
                return exceptions.get(at.getId());
            }
        }
        return null;
    }

    /** The control a text belongs to (a label's text node is its skin's), else the text itself. */
    private static Node owner(Text t) {
        return t.getParent() instanceof Labeled l ? l : t;
    }

    /** The node's id, else its first style class, else its type; with its text. */
    static String describe(Node n) {
        String name = n.getId() != null ? "#" + n.getId()
                : !n.getStyleClass().isEmpty() ? "." + n.getStyleClass().get(n.getStyleClass().size() - 1) : n.getClass().getSimpleName();
        String text = n instanceof Labeled l ? l.getText() : n instanceof Text t ? t.getText() : null;
        return text == null || text.isEmpty() ? name : name + " '" + text.replace('\n', ' ') + "'";
    }

    private static void dump(Node n, String indent, String name) {
        if (!n.isVisible() || indent.length() > 40) {
            return;
        }
        System.out.printf(Locale.ROOT, "DUMP %s %s%s min %.0f x %.0f w %.0f%n", name, indent, describe(n), n.minWidth(-1), n.minHeight(-1),
                n.getLayoutBounds().getWidth());
        if (n instanceof Parent p && !(n instanceof Labeled)) {
            p.getChildrenUnmodifiable().forEach(c -> dump(c, indent + "  ", name));
        }
    }

    private static String box(Bounds b) {
        return String.format(Locale.ROOT, "x %.0f..%.0f, y %.0f..%.0f", b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY());
    }
}
