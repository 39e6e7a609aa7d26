package dev.parkdata.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.catalog.DevelopmentZoneCatalog;
import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.io.ParkDataJson;
import dev.parkdata.jdbc.Rows.BaseBounds;
import dev.parkdata.jdbc.Rows.Document;
import dev.parkdata.jdbc.Rows.NameRow;
import dev.parkdata.jdbc.Rows.ObservationRow;
import dev.parkdata.jdbc.Rows.ParkRow;
import dev.parkdata.metric.Metric;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Observation;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Policy;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.validation.Path;
import dev.parkdata.validation.ValidationReport;
import dev.parkdata.validation.Validator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Park data in a relational database (PostgreSQL or H2) on plain JDBC. Every figure stays exact:
 * entities are stored as documents in the {@code parkdata/1} JSON format, and typed, indexed
 * tables derived from them serve queries by park, indicator, period and province, with each
 * figure's value and bounds as exact decimals.
 *
 * <pre>{@code
 * DatasetStore store = DatasetStore.open(dataSource);     // creates or migrates the schema
 * store.save(dataset);                                    // one transaction; upsert by identifier
 * Dataset back = store.load();                            // equal to what was saved
 * List<Observation> series = store.series(Identifier.of("G622052"), Indicators.ENTERPRISES);
 * store.observations(ObservationQuery.builder().province(Province.JIANGSU)
 *     .indicator(Indicators.REVENUE).from(LocalDate.of(2020, 1, 1)).build());
 * store.loadCatalog(DevelopmentZoneCatalog.edition2018());
 * }</pre>
 *
 * <h2>The schema</h2>
 *
 * <p>{@link #open} applies the versioned migrations shipped in this jar ({@code
 * dev/parkdata/jdbc/db-migrations/postgresql} and {@code …/h2}) with Flyway, recording them in the
 * table {@code parkdata_schema_history}. The tables: {@code pd_document} (one row per stored
 * top-level item, its {@code parkdata/1} body in a JSON column; not JSONB, which reorders keys; a
 * park's without its figures), {@code pd_park} (every park at every depth: code, names, kind, approval level and date, province,
 * division code), {@code pd_park_name} (every name in every form) and {@code pd_observation}
 * (every figure: subject, indicator code, period text and start and end dates, the stated value,
 * maximum, unit and qualifier, the bounds in the dimension's reference unit, source and
 * citation, its own {@code parkdata/1} body, and for a park's figure the place of the park
 * holding it, from which loads put it back). Decimals are {@code NUMERIC} with no precision cap on PostgreSQL, which keeps the
 * stated scale, and {@code DECFLOAT} on H2, exact but without trailing zeros; figures are read back
 * from their bodies, which keep the stated scale on both. A bound that does not terminate in the
 * reference unit (1亩 is 666.66… 平方米) is rounded outwards to 34 digits and its row says {@code
 * base_exact = false}.
 *
 * <h2>Saving</h2>
 *
 * <p>{@link #save(Dataset)} validates the dataset with the store's {@link Validator} and refuses
 * it, with a {@link DatasetRejectedException} holding the report, if there is any error. It then
 * writes in one transaction, in batches: each top-level item replaces the stored one of the same
 * kind and identifier (its derived rows with it) or is added after the others. On PostgreSQL
 * through pgjdbc (or a pool wrapping it), the park, name and figure rows go by {@code COPY … FROM
 * STDIN} instead, one statement per table, which spares the server an execution per row; with
 * another driver they go in batches. Nothing of a failed save is kept; a {@link
 * DatasetStoreException} names the item being written. Figures held by no
 * entity ({@link Dataset#observations()}) are keyed by their content, so saving one twice stores
 * it once. {@link #load()} returns every stored item, in the order of first arrival.
 *
 * <p>Instances are immutable and thread-safe; each call takes its own connection from the data
 * source.
 */
public final class DatasetStore {
  private static final String HISTORY_TABLE = "parkdata_schema_history";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final ParkDataJson json;
  private final Validator validator;
  private final int batchSize;
  private final int fetchSize;

  private DatasetStore(Builder builder, Dialect dialect) {
    this.dataSource = builder.dataSource;
    this.dialect = dialect;
    this.json = builder.json;
    this.validator = builder.validator;
    this.batchSize = builder.batchSize;
    this.fetchSize = builder.fetchSize;
  }

  /**
   * A store on {@code dataSource} with the standard JSON format and validator, its schema created
   * or migrated to this version.
   *
   * @throws DatasetStoreException if the database is neither PostgreSQL nor H2, or cannot be
   *     migrated
   */
  public static DatasetStore open(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * A store on the database at {@code jdbcUrl} ({@code jdbc:h2:./parkdata}, {@code
   * jdbc:postgresql://host/db?user=…}), connecting through {@link java.sql.DriverManager} (the
   * driver must be on the class path); applications with a connection pool pass its {@link
   * DataSource} to {@link #open(DataSource)} instead.
   *
   * @throws DatasetStoreException if the database cannot be reached or migrated
   */
  public static DatasetStore open(String jdbcUrl) {
    return open(new UrlDataSource(checkNotNull(jdbcUrl, "jdbcUrl")));
  }

  /** A builder of a store on {@code dataSource}. */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Saves {@code dataset}, refusing it if validation finds an error.
   *
   * @throws DatasetRejectedException if the store's validator finds an error; nothing is written
   * @throws DatasetStoreException if the database refuses a write; nothing is kept
   */
  public SaveReport save(Dataset dataset) {
    return save(dataset, SaveMode.REFUSE_ERRORS);
  }

  /**
   * Saves {@code dataset} in one transaction: each top-level item replaces the stored item of the
   * same kind and identifier, or is added.
   *
   * @throws DatasetRejectedException if {@code mode} is {@link SaveMode#REFUSE_ERRORS} and the
   *     store's validator finds an error; nothing is written
   * @throws DatasetStoreException if the database refuses a write; nothing is kept
   */
  public SaveReport save(Dataset dataset, SaveMode mode) {
    checkNotNull(dataset, "dataset");
    checkNotNull(mode, "mode");
    ValidationReport report = validator.validate(dataset);
    if (mode == SaveMode.REFUSE_ERRORS && report.hasErrors()) {
      throw new DatasetRejectedException(report);
    }
    List<Document> documents = Rows.of(dataset, json);
    return inTransaction("writing", connection -> write(connection, documents, report));
  }

  /**
   * Saves every zone of {@code catalog} as a park, replacing stored parks of the same code. The
   * catalogue's own import findings (a code listed twice, a row with two dates) are in the
   * report; of a code listed twice, the later row is kept and the report's {@link
   * SaveReport#duplicates()} names it.
   */
  public SaveReport loadCatalog(DevelopmentZoneCatalog catalog) {
    checkNotNull(catalog, "catalog");
    Dataset dataset = Dataset.builder().addAllParks(catalog.parks()).build();
    List<Document> documents = Rows.of(dataset, json);
    return inTransaction("writing", connection -> write(connection, documents, catalog.validation()));
  }

  private SaveReport write(Connection connection, List<Document> all, ValidationReport report)
      throws SQLException {
    long ordinal = nextOrdinal(connection);
    // Of items sharing a kind and key, the last is kept, in the place of the first.
    Map<String, Document> kept = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (Document d : all) {
      if (kept.put(d.kind() + "/" + d.key(), d) != null) {
        duplicates.add(d.path().toString());
      }
    }
    List<Document> documents = List.copyOf(kept.values());
    Set<String> existing = existingKeys(connection, documents);
    List<Document> replacing = new ArrayList<>();
    for (Map.Entry<String, Document> e : kept.entrySet()) {
      if (existing.contains(e.getKey())) {
        replacing.add(e.getValue());
      }
    }
    int added = documents.size() - replacing.size();
    deleteDerived(connection, replacing);
    try (PreparedStatement upsert = connection.prepareStatement(dialect.upsertDocument())) {
      Batch batch = new Batch(upsert, batchSize);
      for (Document d : documents) {
        batch.at(d.path());
        upsert.setString(1, d.kind());
        upsert.setString(2, d.key());
        upsert.setLong(3, ordinal++);
        upsert.setString(4, d.body());
        batch.add();
      }
      batch.flush();
    }
    boolean copy = dialect.copies(connection);
    writeParks(connection, copy, documents);
    writeNames(connection, copy, documents);
    int observations = writeObservations(connection, copy, documents);
    return new SaveReport(added, documents.size() - added, observations, duplicates, report);
  }

  private long nextOrdinal(Connection connection) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM pd_document");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * The kind/key of every document in {@code documents} that is stored already: per kind, one
   * join of the keys, given as an array, with the primary key. A long {@code IN} list of pairs
   * instead costs PostgreSQL some 100 ms of planning per 500 pairs.
   */
  private Set<String> existingKeys(Connection connection, List<Document> documents) throws SQLException {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (Document d : documents) {
      byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d.key());
    }
    Set<String> existing = new HashSet<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT d.doc_key FROM UNNEST(?) AS k (doc_key) JOIN pd_document d ON d.kind = ? AND d.doc_key = k.doc_key")) {
      for (Map.Entry<String, List<String>> e : byKind.entrySet()) {
        java.sql.Array keys = connection.createArrayOf("VARCHAR", e.getValue().toArray());
        try {
          s.setArray(1, keys);
          s.setString(2, e.getKey());
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              existing.add(e.getKey() + "/" + r.getString(1));
            }
          }
        } finally {
          keys.free();
        }
      }
    }
    return existing;
  }

  /** Removes the rows derived from the stored versions of {@code documents}. */
  private void deleteDerived(Connection connection, List<Document> documents) throws SQLException {
    if (documents.isEmpty()) {
      return;
    }
    try (PreparedStatement observations =
            connection.prepareStatement("DELETE FROM pd_observation WHERE doc_kind = ? AND doc_key = ?");
        PreparedStatement parks = connection.prepareStatement("DELETE FROM pd_park WHERE top_id = ?");
        PreparedStatement names = connection.prepareStatement("DELETE FROM pd_park_name WHERE top_id = ?")) {
      Batch o = new Batch(observations, batchSize);
      Batch p = new Batch(parks, batchSize);
      Batch n = new Batch(names, batchSize);
      for (Document d : documents) {
        o.at(d.path());
        observations.setString(1, d.kind());
        observations.setString(2, d.key());
        o.add();
        if (d.kind().equals("park")) {
          p.at(d.path());
          parks.setString(1, d.key());
          p.add();
          n.at(d.path());
          names.setString(1, d.key());
          n.add();
        }
      }
      o.flush();
      p.flush();
      n.flush();
    }
  }

  private static final String PARK_COLUMNS =
      "top_id, id, parent_id, depth, official_name, kind, approval_level, approval_date, province, division_code";

  private static final String NAME_COLUMNS = "top_id, park_id, name, form";

  private static final String OBSERVATION_COLUMNS =
      "doc_kind, doc_key, seq, subject, indicator, period, period_kind, period_start, period_end, stated_value,"
          + " stated_max, unit, qualifier, base_unit, base_min, base_min_closed, base_max, base_max_closed,"
          + " base_exact, industry, source_publisher, source_title, source_published, source_url, quote,"
          + " span_start, span_end, holder, body";

  private interface RowsOf {
    void write(RowWriter rows) throws SQLException;
  }

  /**
   * Appends rows to {@code table}: by one {@code COPY} when {@code copy} (PostgreSQL through
   * pgjdbc, where a batched {@code INSERT} costs the server one execution per row), else in
   * batches. Either way inside the save's transaction, with each refused row named.
   */
  private void append(Connection connection, boolean copy, String table, String columns, RowsOf rows)
      throws SQLException {
    if (copy) {
      PostgresCopy writer = PostgresCopy.into(connection, table, columns);
      try {
        rows.write(writer);
        writer.finish();
      } catch (SQLException | RuntimeException e) {
        writer.cancel();
        throw e;
      }
      return;
    }
    StringBuilder values = new StringBuilder();
    for (String column : columns.split(", ")) {
      values.append(values.length() == 0 ? "" : ", ").append(column.equals("body") ? dialect.json : "?");
    }
    try (PreparedStatement s =
        connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")")) {
      Batch batch = new Batch(s, batchSize);
      rows.write(batch);
      batch.finish();
    }
  }

  private void writeParks(Connection connection, boolean copy, List<Document> documents) throws SQLException {
    append(
        connection,
        copy,
        "pd_park",
        PARK_COLUMNS,
        rows -> {
          for (Document d : documents) {
            for (ParkRow row : d.parks()) {
              rows.at(row.path());
              rows.text(row.topId()).text(row.id()).text(row.parentId()).integer(row.depth())
                  .text(row.officialName()).text(row.kind()).text(row.approvalLevel()).text(row.approvalDate())
                  .text(row.province()).text(row.divisionCode());
              rows.endRow();
            }
          }
        });
  }

  private void writeNames(Connection connection, boolean copy, List<Document> documents) throws SQLException {
    append(
        connection,
        copy,
        "pd_park_name",
        NAME_COLUMNS,
        rows -> {
          for (Document d : documents) {
            rows.at(d.path());
            for (NameRow row : d.names()) {
              rows.text(row.topId()).text(row.parkId()).text(row.name()).text(row.form());
              rows.endRow();
            }
          }
        });
  }

  private int writeObservations(Connection connection, boolean copy, List<Document> documents) throws SQLException {
    int[] count = {0};
    append(
        connection,
        copy,
        "pd_observation",
        OBSERVATION_COLUMNS,
        rows -> {
          for (Document d : documents) {
            for (ObservationRow row : d.observations()) {
              rows.at(row.path());
              observation(rows, d, row);
              rows.endRow();
              count[0]++;
            }
          }
        });
    return count[0];
  }

  private static void observation(RowWriter rows, Document d, ObservationRow row) throws SQLException {
    Observation o = row.observation();
    Metric metric = o.metric();
    BaseBounds bounds = BaseBounds.of(metric);
    Citation citation = o.citation().orElse(null);
    Source source = citation == null ? null : citation.source();
    rows.text(d.kind()).text(d.key()).integer(row.seq());
    rows.text(o.subject().value()).text(o.indicator().code());
    rows.text(o.period().toString()).text(o.period().kind().name()).date(o.period().start()).date(o.period().end());
    rows.number(metric.value()).number(metric.isRange() ? metric.max() : null);
    rows.text(metric.unit().name()).text(metric.qualifier().name());
    rows.text(bounds.unit().name());
    rows.number(bounds.min()).bool(bounds.min() == null ? null : bounds.minClosed());
    rows.number(bounds.max()).bool(bounds.max() == null ? null : bounds.maxClosed());
    rows.bool(bounds.exact());
    rows.text(o.industry().map(industry -> industry.name()).orElse(null));
    rows.text(source == null ? null : source.publisher()).text(source == null ? null : source.title());
    rows.date(source == null ? null : source.published().orElse(null));
    rows.text(source == null ? null : source.url().map(Object::toString).orElse(null));
    rows.text(citation == null ? null : citation.quote().orElse(null));
    rows.integer(citation == null ? null : citation.span().map(span -> span.start()).orElse(null));
    rows.integer(citation == null ? null : citation.span().map(span -> span.end()).orElse(null));
    rows.text(row.holder()).text(row.body());
  }

  /**
   * Everything stored, as one dataset: parks, clusters, chains, policies, organisations,
   * indicators, external references and loose figures, each list in order of first arrival.
   */
  public Dataset load() {
    return inTransaction(
        "reading",
        connection -> {
          Map<String, Map<String, List<Observation>>> parkFigures = parkFigures(connection, null);
          Dataset.Builder dataset = Dataset.builder();
          try (PreparedStatement s =
              connection.prepareStatement("SELECT kind, doc_key, body FROM pd_document ORDER BY ordinal, kind, doc_key")) {
            s.setFetchSize(fetchSize);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                add(dataset, r.getString(1), r.getString(2), r.getString(3), parkFigures);
              }
            }
          }
          return dataset.build();
        });
  }

  /**
   * The figures of stored parks, by top-level park and then by the place of the park holding
   * them, in stored order: of every park, or of the one with top-level code {@code only}.
   */
  private Map<String, Map<String, List<Observation>>> parkFigures(Connection connection, String only)
      throws SQLException {
    Map<String, Map<String, List<Observation>>> figures = new java.util.HashMap<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "SELECT doc_key, holder, body FROM pd_observation WHERE doc_kind = 'park' AND holder IS NOT NULL"
                + (only == null ? "" : " AND doc_key = ?")
                + " ORDER BY doc_key, seq")) {
      if (only != null) {
        s.setString(1, only);
      }
      s.setFetchSize(fetchSize);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String key = r.getString(1);
          Observation o;
          try {
            o = json.read(r.getString(3), Observation.class);
          } catch (RuntimeException e) {
            throw new DatasetStoreException("reading", "park/" + key, String.valueOf(e.getMessage()), e);
          }
          figures
              .computeIfAbsent(key, k -> new java.util.HashMap<>())
              .computeIfAbsent(r.getString(2), h -> new ArrayList<>())
              .add(o);
        }
      }
    }
    return figures;
  }

  /**
   * A stored park with its figures put back; a document saved under schema version 1, whose
   * figures are nested in it and whose rows name no holder, as it is.
   */
  private static Park withFigures(Park document, Map<String, List<Observation>> byHolder) {
    return byHolder == null ? document : Rows.withObservations(document, "", byHolder);
  }

  private void add(
      Dataset.Builder dataset, String kind, String key, String body, Map<String, Map<String, List<Observation>>> parkFigures) {
    try {
      switch (kind) {
        case "park":
          dataset.addParks(withFigures(json.read(body, Park.class), parkFigures.get(key)));
          break;
        case "cluster":
          dataset.addClusters(json.read(body, Cluster.class));
          break;
        case "chain":
          dataset.addChains(json.read(body, IndustrialChain.class));
          break;
        case "policy":
          dataset.addPolicies(json.read(body, Policy.class));
          break;
        case "organisation":
          dataset.addOrganisations(json.read(body, Organisation.class));
          break;
        case "indicator":
          dataset.addIndicators(json.read(body, Indicator.class));
          break;
        case "external":
          dataset.addExternals(json.read(body, ExternalReference.class));
          break;
        case "observation":
          dataset.addObservations(json.read(body, Observation.class));
          break;
        default:
          throw new DatasetStoreException("pd_document holds an item of unknown kind " + kind + "/" + key, null);
      }
    } catch (RuntimeException e) {
      if (e instanceof DatasetStoreException) {
        throw e;
      }
      throw new DatasetStoreException("reading", kind + "/" + key, String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * The stored park with {@code id}, top-level or a sub-zone at any depth (the first stored, if
   * several share it).
   */
  public Optional<Park> park(Identifier id) {
    checkNotNull(id, "id");
    return inTransaction(
        "reading",
        connection -> {
          try (PreparedStatement s =
              connection.prepareStatement(
                  "SELECT d.body, d.doc_key FROM pd_park p JOIN pd_document d ON d.kind = 'park' AND d.doc_key = p.top_id"
                      + " WHERE p.id = ? ORDER BY d.ordinal")) {
            s.setString(1, id.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                String key = r.getString(2);
                Park top = withFigures(json.read(r.getString(1), Park.class), parkFigures(connection, key).get(key));
                Optional<Park> found = top.id().equals(id) ? Optional.of(top) : top.subZone(id);
                if (found.isPresent()) {
                  return found;
                }
              }
            }
          }
          return Optional.empty();
        });
  }

  /**
   * The stored figures that {@code query} selects, ordered by subject, indicator and period, then
   * in stored order.
   */
  public List<Observation> observations(ObservationQuery query) {
    try (Stream<Observation> stream = streamObservations(query)) {
      return stream.collect(java.util.stream.Collectors.toList());
    }
  }

  /**
   * The figures that {@code query} selects, read as the stream is consumed (in pages of the
   * builder's fetch size): close the stream, with try-with-resources, to release its connection.
   */
  public Stream<Observation> streamObservations(ObservationQuery query) {
    checkNotNull(query, "query");
    Connection connection = connect();
    try {
      connection.setAutoCommit(false); // PostgreSQL reads by cursor only in a transaction
      PreparedStatement s = connection.prepareStatement(query.sql());
      s.setFetchSize(fetchSize);
      query.bind(s);
      ResultSet r = s.executeQuery();
      Spliterator<Observation> rows =
          new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Observation> action) {
              try {
                if (!r.next()) {
                  return false;
                }
                action.accept(json.read(r.getString(1), Observation.class));
                return true;
              } catch (SQLException e) {
                throw new DatasetStoreException("reading observations", e);
              }
            }
          };
      return StreamSupport.stream(rows, false).onClose(() -> close(connection, r, s));
    } catch (SQLException | RuntimeException e) {
      close(connection, null, null);
      throw e instanceof RuntimeException ? (RuntimeException) e : new DatasetStoreException("reading observations", e);
    }
  }

  private static void close(Connection connection, ResultSet r, PreparedStatement s) {
    try {
      try {
        if (r != null) {
          r.close();
        }
        if (s != null) {
          s.close();
        }
        connection.rollback();
      } finally {
        connection.close();
      }
    } catch (SQLException e) {
      throw new DatasetStoreException("closing a query: " + e.getMessage(), e);
    }
  }

  /**
   * The figures of {@code indicator} about {@code park}, ordered by period (start, then end): the
   * raw material of a series, duplicates and all.
   */
  public List<Observation> series(Identifier park, Indicator indicator) {
    checkNotNull(park, "park");
    checkNotNull(indicator, "indicator");
    return observations(ObservationQuery.builder().subject(park).indicator(indicator).build());
  }

  /** Deletes everything stored (the schema stays). */
  public void clear() {
    inTransaction(
        "clearing",
        connection -> {
          try (var s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM pd_observation");
            s.executeUpdate("DELETE FROM pd_park_name");
            s.executeUpdate("DELETE FROM pd_park");
            s.executeUpdate("DELETE FROM pd_document");
          }
          return null;
        });
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T inTransaction(String what, Work<T> work) {
    try (Connection connection = connect()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        if (e instanceof Batch.Failure) {
          Batch.Failure f = (Batch.Failure) e;
          throw new DatasetStoreException(what, f.path().toString(), f.getMessage(), f.getCause());
        }
        throw e instanceof RuntimeException ? (RuntimeException) e : new DatasetStoreException(what + " failed: " + e.getMessage(), e);
      }
    } catch (SQLException e) {
      throw new DatasetStoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  private Connection connect() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new DatasetStoreException("cannot connect: " + e.getMessage(), e);
    }
  }

  /** The database this store writes to ({@code PostgreSQL} or {@code H2}) and its settings. */
  @Override
  public String toString() {
    return "DatasetStore{" + (dialect == Dialect.H2 ? "H2" : "PostgreSQL") + ", batchSize=" + batchSize
        + ", fetchSize=" + fetchSize + "}";
  }

  /** Configures a {@link DatasetStore}. */
  public static final class Builder {
    private final DataSource dataSource;
    private ParkDataJson json = ParkDataJson.standard();
    private Validator validator = Validator.standard();
    private int batchSize = 1000;
    private int fetchSize = 1000;

    private Builder(DataSource dataSource) {
      this.dataSource = checkNotNull(dataSource, "dataSource");
    }

    /** The JSON format of the stored documents (default {@link ParkDataJson#standard()}). */
    public Builder json(ParkDataJson json) {
      this.json = checkNotNull(json, "json");
      return this;
    }

    /** The validator {@link DatasetStore#save(Dataset)} applies (default {@link Validator#standard()}). */
    public Builder validator(Validator validator) {
      this.validator = checkNotNull(validator, "validator");
      return this;
    }

    /** Rows per JDBC batch when writing (default 1,000). */
    public Builder batchSize(int batchSize) {
      checkArgument(batchSize > 0, "batchSize must be positive, got %s", batchSize);
      this.batchSize = batchSize;
      return this;
    }

    /** Rows fetched per round trip when reading (default 1,000). */
    public Builder fetchSize(int fetchSize) {
      checkArgument(fetchSize > 0, "fetchSize must be positive, got %s", fetchSize);
      this.fetchSize = fetchSize;
      return this;
    }

    /**
     * Migrates the schema to this version and returns the store.
     *
     * @throws DatasetStoreException if the database is neither PostgreSQL nor H2, or the
     *     migration fails
     */
    public DatasetStore build() {
      Dialect dialect;
      try (Connection connection = dataSource.getConnection()) {
        dialect = Dialect.of(connection);
      } catch (SQLException e) {
        throw new DatasetStoreException("cannot connect: " + e.getMessage(), e);
      }
      try {
        Flyway.configure(DatasetStore.class.getClassLoader())
            .dataSource(dataSource)
            .locations(dialect.migrations)
            .table(HISTORY_TABLE)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
      } catch (RuntimeException e) {
        throw new DatasetStoreException("cannot migrate the parkdata schema: " + e.getMessage(), e);
      }
      return new DatasetStore(this, dialect);
    }
  }
}
