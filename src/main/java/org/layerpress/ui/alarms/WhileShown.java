package org.layerpress.ui.alarms;

import javafx.scene.Parent;

/**
 * Follows the station's alarms only while a node is in a scene, so a screen of an earlier login does
 * not stay subscribed.
 */
final class WhileShown {

    private WhileShown() {
    }

    static void follow(Parent root, Runnable subscribe, Runnable unsubscribe) {
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                unsubscribe.run();
            } else {
                subscribe.run();
            }
        });
        if (root.getScene() != null) {
            subscribe.run();
        }
    }
}
