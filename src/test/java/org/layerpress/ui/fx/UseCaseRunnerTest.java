package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.testing.Eventually;
import org.testfx.framework.junit5.ApplicationExtension;

/** The HMI's one executor: one worker for every screen, results on the FX thread, refusals in words. */
@ExtendWith(ApplicationExtension.class)
class UseCaseRunnerTest {

    @Test
    void callsFromTwoScreensRunInTheOrderMadeOnOneWorkerAndReturnOnTheFxThread() throws InterruptedException {
        UseCaseRunner loginScreen = UseCaseRunner.fx();
        UseCaseRunner recipeScreen = UseCaseRunner.fx();
        List<String> ran = new CopyOnWriteArrayList<>();
        List<Boolean> onFx = new CopyOnWriteArrayList<>();
        CountDownLatch firstMayEnd = new CountDownLatch(1);

        loginScreen.run(() -> {
            firstMayEnd.await(10, TimeUnit.SECONDS);
            ran.add("login on " + Thread.currentThread().getName());
            return 1;
        }, r -> onFx.add(Platform.isFxApplicationThread()), w -> { });
        recipeScreen.run(() -> {
            ran.add("recipe on " + Thread.currentThread().getName());
            return 2;
        }, r -> onFx.add(Platform.isFxApplicationThread()), w -> { });
        firstMayEnd.countDown();

        Eventually.waitUntil("both results back", () -> onFx.size() == 2, () -> ran);
        assertSame(loginScreen, recipeScreen);
        assertEquals(List.of("login on layerpress-use-cases", "recipe on layerpress-use-cases"), ran, "the second waited for the first");
        assertEquals(List.of(true, true), onFx);
    }

    @Test
    void aRefusalComesBackInTheUseCasesWords() {
        String[] words = new String[1];
        UseCaseRunner.inline().run(() -> {
            throw new AccessDeniedException("listing users needs the [ADMIN] role");
        }, r -> { }, w -> words[0] = w);
        assertEquals("Not allowed: listing users needs the [ADMIN] role.", words[0]);

        UseCaseRunner.inline().run(() -> {
            throw new IllegalArgumentException("olga is the last active Admin");
        }, r -> { }, w -> words[0] = w);
        assertEquals("Not done: olga is the last active Admin.", words[0]);

        UseCaseRunner.inline().run(() -> {
            throw new IllegalStateException("disk full");
        }, r -> { }, w -> words[0] = w);
        assertEquals("Could not complete this: disk full. Nothing was changed.", words[0]);
    }

    @Test
    void runCatchingHandsTheExceptionItselfToCallersThatWordItThemselves() {
        Exception[] failed = new Exception[1];
        UseCaseRunner.inline().runCatching(() -> {
            throw new IllegalArgumentException("the two PINs differ");
        }, r -> { }, e -> failed[0] = e);
        assertInstanceOf(IllegalArgumentException.class, failed[0]);
        assertTrue(failed[0].getMessage().startsWith("the two PINs differ"));
    }
}
