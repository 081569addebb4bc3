package org.layerpress.domain.user;

/** What a person is at the station; a user may hold several (DESIGN.md, "People and their jobs"). */
public enum Role {
    OPERATOR, QA, SUPERVISOR, ADMIN
}
