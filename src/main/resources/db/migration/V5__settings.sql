-- Station-wide settings an Admin sets, one row per key; a missing key means "the default".
-- Changes are audited by the use case that makes them (the old and new value go to audit_event).
CREATE TABLE settings (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
