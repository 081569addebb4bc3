package org.layerpress.domain.user;

/** What a person is at the station; a user may hold several (docs/architecture.md#people-and-what-they-must-never-be-able-to-do). */
public enum Role {
    OPERATOR, QA, SUPERVISOR, ADMIN
}
