package org.layerpress.ui.fx;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A site's own layout (--layouts DIR) keeps working with the bundles: its %keys are looked up, its literal text stays. */
@ExtendWith(ApplicationExtension.class)
class SiteLayoutWordsTest {

    @TempDir
    Path site;

    @AfterEach
    void tearDown() {
        Words.use(Words.STATION_DEFAULT);
    }

    @Test
    void aSiteLayoutGetsItsKeysInThePersonsLanguageAndKeepsItsOwnText() throws Exception {
        Files.writeString(site.resolve("SiteScreen.fxml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <?import javafx.scene.control.Label?>
                <?import javafx.scene.layout.VBox?>
                <VBox xmlns="http://javafx.com/javafx/21" xmlns:fx="http://javafx.com/fxml/1">
                  <Label text="%common.exit"/>
                  <Label text="Site's own words"/>
                </VBox>
                """);
        LayoutLocator layouts = new LayoutLocator(Optional.of(site));
        Words.use(Locale.GERMANY);
        VBox root = WaitForAsyncUtils.asyncFx(() -> (VBox) Layouts.load(layouts, "SiteScreen", new Object())).get(10, SECONDS);
        assertEquals("Beenden", ((Label) root.getChildren().get(0)).getText());
        assertEquals("Site's own words", ((Label) root.getChildren().get(1)).getText());
    }
}
