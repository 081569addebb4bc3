package org.layerpress.ui.fx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML (site folder first) with the given view as its controller and the words of the
 * current language ({@link Words}), so a layout writes {@code text="%login.heading"}. A site's own FXML
 * may keep literal text; it is shown as written.
 */
public final class Layouts {

    private Layouts() {
    }

    public static Parent load(LayoutLocator layouts, String screen, Object view) {
        URL fxml = layouts.fxml(screen);
        FXMLLoader loader = new FXMLLoader(fxml, Words.bundle());
        loader.setControllerFactory(type -> {
            if (!type.isInstance(view)) {
                throw new IllegalStateException(fxml + " names controller " + type.getName() + ", expected " + view.getClass().getName());
            }
            return view;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load layout " + fxml + ": " + e.getMessage(), e);
        }
    }
}
