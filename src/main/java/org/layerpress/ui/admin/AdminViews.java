package org.layerpress.ui.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.Words;

/** Loads an admin screen's FXML with the given controller (site folder first, as for every screen). */
final class AdminViews {

    private AdminViews() {
    }

    static <C> Parent load(LayoutLocator layouts, String fxmlName, C controller) {
        URL fxml = layouts.fxml(fxmlName);
        FXMLLoader loader = new FXMLLoader(fxml, Words.bundle());
        loader.setControllerFactory(type -> {
            if (type != controller.getClass()) {
                throw new IllegalStateException(fxml + " names controller " + type.getName() + ", expected " + controller.getClass().getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load layout " + fxml + ": " + e.getMessage(), e);
        }
    }
}
