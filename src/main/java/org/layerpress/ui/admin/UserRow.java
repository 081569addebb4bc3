package org.layerpress.ui.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;

/**
 * One user as the list shows them: printed name, login, roles as words, and states as tags in words
 * (DISABLED, LOCKED, MUST CHANGE PIN, DEMO) with a glyph each; only LOCKED is abnormal (amber).
 */
public record UserRow(long id, String fullName, String login, List<String> roles, List<Indication> tags, User user) {

    public static final Indication DISABLED = new Indication("DISABLED", Glyph.STOPPED, Severity.NORMAL);
    public static final Indication LOCKED = Indication.warning("LOCKED");
    public static final Indication MUST_CHANGE_PIN = new Indication("MUST CHANGE PIN", Glyph.PENDING, Severity.NORMAL);
    public static final Indication DEMO = new Indication("DEMO", Glyph.EMPTY, Severity.NORMAL);

    public static UserRow of(User u, Instant now) {
        List<Indication> tags = new ArrayList<>();
        if (!u.active()) {
            tags.add(DISABLED);
        }
        if (u.isLockedAt(now)) {
            tags.add(LOCKED);
        }
        if (u.pinMustChange()) {
            tags.add(MUST_CHANGE_PIN);
        }
        if (u.demo()) {
            tags.add(DEMO);
        }
        List<String> roles = u.roles().stream().map(UserRow::word).toList();
        return new UserRow(u.id(), u.fullName(), u.login(), roles, List.copyOf(tags), u);
    }

    public static String word(Role role) {
        return switch (role) {
            case OPERATOR, QA, SUPERVISOR, ADMIN -> Words.get("shell.role." + role.name());
        };
    }

    /** A tag's word as the person reads it (the tags themselves keep their English words for tests). */
    public static String shown(Indication tag) {
        return Words.get("users.tag." + tag.word().replace(' ', '_'));
    }

    public boolean has(Indication tag) {
        return tags.contains(tag);
    }

    /** The tags' words, e.g. "DISABLED, MUST CHANGE PIN" (tests and screen readers). */
    public String tagWords() {
        return String.join(", ", tags.stream().map(Indication::word).toList());
    }
}
