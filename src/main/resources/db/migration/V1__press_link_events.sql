-- Link state changes of the press PLC connection: evidence for later batch records (a HELD step
-- points at the link loss that caused it). Append-only by design.
CREATE TABLE press_link_event (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_utc    TIMESTAMP WITH TIME ZONE NOT NULL,
    state     VARCHAR(16)  NOT NULL,
    detail    VARCHAR(1000) NOT NULL
);
