package org.layerpress.ui.fx;

import java.util.List;
import java.util.Set;

/**
 * Which screens are translated and which keys each language must have: the one list the bundle and
 * FXML tests check against (docs/languages.md repeats it for people).
 */
final class CoveredScreens {

    /** Layouts whose every text is a {@code %key}: the operator's screens. */
    static final List<String> FXML = List.of("Login", "ChangePin", "Main", "Shell", "Run", "BatchStart", "Step", "PressStep", "BatchEnd", "ControlChart", "Held",
            "AlarmBanner", "PlatenStep", "Correct", "VesselStep",
            "SignatureDialog", "Records", "BatchDetail",
            // the Supervisor's Recipes section (English and German)
            "Recipes", "RecipeDetail", "RecipeEditor", "RecipeDiff",
            // deadmin: the Supervisor's and Admin's screens (German and English; Chinese only for the keys these layouts name)
            "Dies", "Calibration", "Users", "AuditTrail", "Alarms", "Training");

    /** Key groups every language must have (the operator's screens); QA and Supervisor groups may lag in Chinese. */
    static final Set<String> OPERATOR_GROUPS = Set.of("common", "login", "pin", "shell", "run", "step", "end", "hold", "held", "pick", "alarm", "platen",
            "correct", "sign", "vessel", "gauge", "balance", "witness", "value");

    /** Languages with every key of the English base file. */
    static final List<String> COMPLETE = List.of("de");

    /** Languages with at least the operator's groups. */
    static final List<String> OPERATOR_ONLY = List.of("zh");

    private CoveredScreens() {
    }
}
