package org.layerpress.ui.batch;

import static org.layerpress.ui.batch.RunViewTest.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.testing.ScreenChecks;
import org.layerpress.ui.Readability;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the language screen tests of the vessel, the hand-pumped press and the weighing look at on every
 * page: text size, glove-sized targets and the screen checks (no word cut, nothing overlapping), with a
 * picture in target/screen-checks (lang-…); and the record's values, which stay English.
 */
final class LanguagePages {

    /** Letters a German or Chinese screen word has and an English record value has not. */
    static final IntPredicate NOT_ENGLISH = c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || "äöüÄÖÜß".indexOf(c) >= 0;

    private final Stage stage;
    private final List<String> problems = new ArrayList<>();
    private final ScreenChecks checks = new ScreenChecks();

    LanguagePages(Stage stage) {
        this.stage = stage;
    }

    /** Measures the page shown now; the picture is {@code lang-<page>.png}. */
    void measure(FxRobot robot, String page) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            Readability.smallText(robot).forEach(p -> problems.add(page + ": " + p));
            Readability.smallTargets(robot).forEach(p -> problems.add(page + ": " + p));
            return null;
        });
        problems.addAll(checks.check(stage.getScene(), "lang-" + page.replace(' ', '-')));
    }

    List<String> problems() {
        return problems;
    }

    static String text(FxRobot robot, String query) throws Exception {
        return fx(() -> robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    /** Every recorded value with a German or Chinese letter in it: none, whatever language the screens spoke. */
    static List<String> notEnglish(List<BatchEvent> events) {
        List<String> out = new ArrayList<>();
        for (BatchEvent e : events) {
            for (Map.Entry<String, String> v : e.values().entrySet()) {
                if (v.getValue().codePoints().anyMatch(NOT_ENGLISH)) {
                    out.add(e.kind() + " " + v.getKey() + "=" + v.getValue());
                }
            }
        }
        return out;
    }
}
