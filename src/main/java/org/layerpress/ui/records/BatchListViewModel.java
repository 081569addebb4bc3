package org.layerpress.ui.records;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The QA batch list: newest first, filters chosen by tap (date preset or days picked with steppers,
 * recipe, operator, status, flag, QA decision; the station on the central list), one page of {@link #PAGE_SIZE} glove-sized rows at a
 * time with Previous/Next. Queries run off the FX thread; an answer to an older query is dropped.
 */
public final class BatchListViewModel {

    /** Four 5em rows fill the list area of the 1280×700 content area under the filter bar. */
    public static final int PAGE_SIZE = 4;

    private final BatchListSource source;
    private final UseCaseRunner runner;
    private final Clock clock;
    private final ZoneId zone;

    private final ObservableList<BatchLine> rows = FXCollections.observableArrayList();
    private final List<String> recipeNames = new ArrayList<>();
    private final List<String> operators = new ArrayList<>();
    private final List<String> dieIds = new ArrayList<>();
    private final List<String> materials = new ArrayList<>();
    private FindCriteria find = FindCriteria.NONE;
    private DateRange range = DateRange.ALL;
    private LocalDate pickedFrom;
    private LocalDate pickedTo;
    private Optional<String> recipe = Optional.empty();
    private Optional<String> operator = Optional.empty();
    private Optional<BatchState> state = Optional.empty();
    private Optional<FlagKind> flag = Optional.empty();
    private DecisionChoice decision = DecisionChoice.ANY;
    private final StationChoice station = new StationChoice(this::restart);
    private int page;
    private long generation;

    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText");
    private final ReadOnlyStringWrapper recipeText = new ReadOnlyStringWrapper(this, "recipeText");
    private final ReadOnlyStringWrapper operatorText = new ReadOnlyStringWrapper(this, "operatorText");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText");
    private final ReadOnlyStringWrapper flagText = new ReadOnlyStringWrapper(this, "flagText");
    private final ReadOnlyStringWrapper decisionText = new ReadOnlyStringWrapper(this, "decisionText");
    private final ReadOnlyStringWrapper findText = new ReadOnlyStringWrapper(this, "findText");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message", Message.NONE);

    public BatchListViewModel(BatchListSource source, UseCaseRunner runner, Clock clock, ZoneId zone) {
        this.source = Objects.requireNonNull(source, "source");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
        pickedTo = today();
        pickedFrom = pickedTo.minusDays(6);
        updateTexts();
    }

    /** First load: the names for the pickers, then the first page. */
    public void load() {
        runner.run(() -> List.of(source.recipeNames(), source.operators(), source.dieIds(), source.materials(), source.stations()), lists -> {
            recipeNames.clear();
            recipeNames.addAll(lists.get(0));
            operators.clear();
            operators.addAll(lists.get(1));
            dieIds.clear();
            dieIds.addAll(lists.get(2));
            materials.clear();
            materials.addAll(lists.get(3));
            station.setChoices(lists.get(4));
        }, words -> { });
        query();
    }

    /** The filter the list asks for now (the screen's state in the use case's terms). */
    public BatchListFilter filter() {
        LocalDate today = today();
        return find.applyTo(new BatchListFilter(range.from(today, pickedFrom), range.to(today, pickedTo), recipe, operator, state, flag,
                decision.decision(), decision.undecided(), page, PAGE_SIZE));
    }

    public void refresh() {
        query();
    }

    public void next() {
        if (hasNext.get()) {
            page++;
            query();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            query();
        }
    }

    private void query() {
        BatchListFilter f = filter();
        Optional<String> fromStation = station.selected();
        long asked = ++generation;
        busy.set(true);
        runner.run(() -> source.list(f, fromStation), result -> {
            if (asked != generation) {
                return;
            }
            busy.set(false);
            rows.setAll(result.rows().stream().map(r -> BatchLine.of(r, zone)).toList());
            hasNext.set(result.hasMore());
            hasPrevious.set(result.page() > 0);
            pageText.set(Words.format("records.page", result.page() + 1));
            if (rows.isEmpty()) {
                say(Words.get(result.page() == 0 ? "records.noMatch" : "records.noMore"), Severity.NORMAL);
            } else {
                say("", Severity.NORMAL);
            }
        }, words -> {
            if (asked == generation) {
                busy.set(false);
                rows.clear();
                hasNext.set(false);
                say(words, Severity.WARNING);
            }
        });
    }

    /** Any filter change starts again at the first page. */
    private void restart() {
        page = 0;
        updateTexts();
        query();
    }

    public StationChoice getStation() {
        return station;
    }

    public void selectRange(DateRange r) {
        range = Objects.requireNonNull(r, "range");
        restart();
    }

    /** Moves the first picked day; it never passes the last one. */
    public void stepPickedFrom(int days) {
        LocalDate d = pickedFrom.plusDays(days);
        pickedFrom = d.isAfter(pickedTo) ? pickedTo : d;
        updateTexts();
    }

    /** Moves the last picked day; never into the future, never before the first one. */
    public void stepPickedTo(int days) {
        LocalDate d = pickedTo.plusDays(days);
        pickedTo = d.isAfter(today()) ? today() : d.isBefore(pickedFrom) ? pickedFrom : d;
        updateTexts();
    }

    public void selectRecipe(String name) {
        recipe = RecordWords.allRecipes().equals(name) || name == null ? Optional.empty() : Optional.of(name);
        restart();
    }

    public void selectOperator(String login) {
        operator = RecordWords.allOperators().equals(login) || login == null ? Optional.empty() : Optional.of(login);
        restart();
    }

    public void selectState(String word) {
        state = Arrays.stream(BatchState.values()).filter(s -> RecordWords.stateWord(s).equals(word)).findFirst();
        restart();
    }

    public void selectFlag(String label) {
        flag = Arrays.stream(FlagKind.values()).filter(k -> RecordWords.flagTitle(k).equals(label)).findFirst();
        restart();
    }

    public void selectDecision(String label) {
        decision = Arrays.stream(DecisionChoice.values()).filter(d -> d.label().equals(label)).findFirst().orElse(DecisionChoice.ANY);
        restart();
    }

    /** Batches of this powder lot (scanned or typed on the pad); each line then says where the lot went. */
    public void selectLot(String code) {
        find = find.withLot(code);
        restart();
    }

    public void selectBatchId(String id) {
        find = find.withBatchId(id);
        restart();
    }

    public void selectDie(String die) {
        find = find.withDie(die);
        restart();
    }

    public void selectMaterial(String material) {
        find = find.withMaterial(material);
        restart();
    }

    public void clearFind() {
        find = FindCriteria.NONE;
        restart();
    }

    public FindCriteria getFind() {
        return find;
    }

    public List<String> dieChoices() {
        return RecordWords.withFirst(FindCriteria.anyDie(), dieIds);
    }

    public List<String> materialChoices() {
        return RecordWords.withFirst(FindCriteria.anyMaterial(), materials);
    }

    public ReadOnlyStringProperty findTextProperty() {
        return findText.getReadOnlyProperty();
    }

    public List<String> recipeChoices() {
        return RecordWords.withFirst(RecordWords.allRecipes(), recipeNames);
    }

    public List<String> operatorChoices() {
        return RecordWords.withFirst(RecordWords.allOperators(), operators);
    }

    public List<String> stateChoices() {
        return RecordWords.withFirst(RecordWords.anyStatus(), Arrays.stream(BatchState.values()).map(RecordWords::stateWord).toList());
    }

    public List<String> flagChoices() {
        return RecordWords.withFirst(RecordWords.anyFlag(), Arrays.stream(FlagKind.values()).map(RecordWords::flagTitle).toList());
    }

    public List<String> decisionChoices() {
        return Arrays.stream(DecisionChoice.values()).map(DecisionChoice::label).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private void updateTexts() {
        dateText.set(range == DateRange.PICKED ? Words.format("records.dates.range", Words.date(pickedFrom), Words.date(pickedTo)) : range.label());
        recipeText.set(recipe.orElse(RecordWords.allRecipes()));
        operatorText.set(operator.orElse(RecordWords.allOperators()));
        stateText.set(state.map(RecordWords::stateWord).orElse(RecordWords.anyStatus()));
        flagText.set(flag.map(RecordWords::flagTitle).orElse(RecordWords.anyFlag()));
        decisionText.set(decision.label());
        findText.set(find.words());
    }

    private void say(String words, Severity severity) {
        message.set(Message.of(words, severity));
    }

    public ObservableList<BatchLine> rows() {
        return rows;
    }

    public DateRange getRange() {
        return range;
    }

    public LocalDate getPickedFrom() {
        return pickedFrom;
    }

    public LocalDate getPickedTo() {
        return pickedTo;
    }

    public String getRecipe() {
        return recipeText.get();
    }

    public String getOperator() {
        return operatorText.get();
    }

    public String getState() {
        return stateText.get();
    }

    public String getFlag() {
        return flagText.get();
    }

    public String getDecision() {
        return decisionText.get();
    }

    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    public String getDateText() {
        return dateText.get();
    }

    public ReadOnlyStringProperty recipeTextProperty() {
        return recipeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty operatorTextProperty() {
        return operatorText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flagTextProperty() {
        return flagText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decisionTextProperty() {
        return decisionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    public String getPageText() {
        return pageText.get();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public boolean isHasPrevious() {
        return hasPrevious.get();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public boolean isHasNext() {
        return hasNext.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Message getMessage() {
        return message.get();
    }
}
