package org.layerpress.ui.batch;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.recipes.RecipeQueryUseCase;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.user.User;
import org.layerpress.ui.fx.LayoutLocator;
import org.layerpress.ui.fx.UseCaseRunner;

/** Makes the Run section for each login; one feed per sequencer, registered here once. */
public final class RunScreens {

    private RunScreens() {
    }

    /**
     * @param dies the dies a batch may start with, read again at each login (a Supervisor may have changed the die
     *             registry meanwhile): offered as tiles (and accepted by scan) on the start page and in die scans
     * @param people the station's active users, from whom a witnessed weighing's second person picks their name
     * @param balance the station's balance, if it has one: the load step then takes the mass from it
     */
    public static Function<Session, Node> factory(LayoutLocator layouts, BatchSequencer sequencer, LivePressState live,
                                                  RecipeQueryUseCase recipes, Supplier<List<RegisteredDie>> dies, String pressModel,
                                                  Supplier<List<User>> people, Optional<WeighingUseCase> balance) {
        return factory(layouts, sequencer, live, recipes, dies, pressModel, people, balance, Optional.empty());
    }

    /**
     * As above, with the opener of "Correct a finished batch…" for each login (built where the review use cases are
     * at hand: this package does not reach them).
     */
    public static Function<Session, Node> factory(LayoutLocator layouts, BatchSequencer sequencer, LivePressState live,
                                                  RecipeQueryUseCase recipes, Supplier<List<RegisteredDie>> dies, String pressModel,
                                                  Supplier<List<User>> people, Optional<WeighingUseCase> balance,
                                                  Optional<Function<Session, Consumer<StackPane>>> correction) {
        BatchFeed feed = new BatchFeed();
        sequencer.addListener(feed);
        return session -> {
            BatchCalls calls = new BatchCalls(sequencer, session, UseCaseRunner.fx()).withPeople(people);
            balance.ifPresent(calls::withBalance);
            RunViewModel run = new RunViewModel(calls, feed, live, recipes, dies.get());
            correction.ifPresent(open -> run.start().offerCorrection(open.apply(session)));
            return RunView.load(layouts, run, live, pressModel).root();
        };
    }
}
