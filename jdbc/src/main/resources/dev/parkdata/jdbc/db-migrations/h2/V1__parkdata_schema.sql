-- parkdata schema, version 1 (H2). The PostgreSQL twin of this file differs only in one type:
-- DECFLOAT here (exact, trailing zeros dropped) is NUMERIC there (unconstrained: exact, scale as
-- stated), because H2's NUMERIC without a scale rounds to integers.

-- Every stored item in the parkdata/1 JSON format: the top-level entities of the datasets saved
-- (park, cluster, chain, policy, organisation), their own indicators and external references,
-- and figures about subjects that hold none themselves. Loading reads these bodies only; the
-- tables below are derived from them for queries.
CREATE TABLE pd_document (
    kind     VARCHAR(16) NOT NULL,  -- park, cluster, chain, policy, organisation, indicator, external, observation
    doc_key  VARCHAR     NOT NULL,  -- the identifier or indicator code; for an observation, a digest of its body
    ordinal  BIGINT      NOT NULL,  -- order of first arrival: loads return items in it
    body     JSON        NOT NULL,
    PRIMARY KEY (kind, doc_key)
);

-- Every park at every depth of nesting, with what users filter on.
CREATE TABLE pd_park (
    top_id          VARCHAR     NOT NULL,  -- the stored top-level park it is part of
    id              VARCHAR     NOT NULL,
    parent_id       VARCHAR,
    depth           INTEGER     NOT NULL,  -- 0 for the top-level park
    official_name   VARCHAR     NOT NULL,
    kind            VARCHAR(64) NOT NULL,
    approval_level  VARCHAR(32),
    approval_date   VARCHAR(7),            -- yyyy-MM
    province        VARCHAR(32),
    division_code   VARCHAR(6)
);
CREATE INDEX pd_park_top ON pd_park (top_id);
CREATE INDEX pd_park_id ON pd_park (id);
CREATE INDEX pd_park_province ON pd_park (province);
CREATE INDEX pd_park_division ON pd_park (division_code);
CREATE INDEX pd_park_kind ON pd_park (kind, approval_level);

-- Every name a park is known by, in every form.
CREATE TABLE pd_park_name (
    top_id   VARCHAR     NOT NULL,
    park_id  VARCHAR     NOT NULL,
    name     VARCHAR     NOT NULL,
    form     VARCHAR(16) NOT NULL  -- official, traditional, english, short, former
);
CREATE INDEX pd_park_name_name ON pd_park_name (name);
CREATE INDEX pd_park_name_park ON pd_park_name (top_id, park_id);

-- Every figure at every depth of every stored item, typed.
CREATE TABLE pd_observation (
    doc_kind          VARCHAR(16) NOT NULL,  -- the pd_document it is part of
    doc_key           VARCHAR     NOT NULL,
    seq               INTEGER     NOT NULL,  -- its place in that document, depth first
    subject           VARCHAR     NOT NULL,
    indicator         VARCHAR     NOT NULL,  -- the indicator's code
    period            VARCHAR     NOT NULL,  -- the period as parkdata/1 writes it
    period_kind       VARCHAR(16) NOT NULL,
    period_start      DATE        NOT NULL,
    period_end        DATE        NOT NULL,
    stated_value      DECFLOAT    NOT NULL,  -- as stated (the minimum of a range)
    stated_max        DECFLOAT,              -- a range's maximum
    unit              VARCHAR     NOT NULL,
    qualifier         VARCHAR(16) NOT NULL,
    base_unit         VARCHAR     NOT NULL,  -- the reference unit of the dimension (元, 平方米, 家 …)
    base_min          DECFLOAT,              -- the figure's bounds in base_unit; null: unbounded
    base_min_closed   BOOLEAN,
    base_max          DECFLOAT,
    base_max_closed   BOOLEAN,
    base_exact        BOOLEAN     NOT NULL,  -- false: a bound did not terminate (亩) and was rounded outwards
    industry          VARCHAR,
    source_publisher  VARCHAR,
    source_title      VARCHAR,
    source_published  DATE,
    source_url        VARCHAR,
    quote             VARCHAR,
    span_start        INTEGER,
    span_end          INTEGER,
    body              JSON        NOT NULL,  -- the observation in parkdata/1: queries return it
    PRIMARY KEY (doc_kind, doc_key, seq)
);
CREATE INDEX pd_observation_series ON pd_observation (subject, indicator, period_start);
CREATE INDEX pd_observation_indicator ON pd_observation (indicator, period_start);
