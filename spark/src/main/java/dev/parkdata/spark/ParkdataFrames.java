package dev.parkdata.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The frames of the NDJSON files {@link ParkdataNdjson#read} read: one per entity, each row with
 * the {@code file} and {@code line} it was read from and its {@code record}, the NDJSON line of
 * the entity as io writes it (what {@link ParkdataNdjson#write} writes back); and the {@link
 * #errors()}. Typed columns:
 *
 * <ul>
 *   <li>{@link #parks()}: {@code id, name, kind, province, city, parent, approval_level,
 *       approval_date, approved_area} ({@link ParkdataTypes#METRIC}), {@code leading_industries}
 *       (array), {@code sub_zones} (how many; the sub-zones themselves are in the record);
 *   <li>{@link #observations()}: {@code subject, indicator} (the code), {@code indicator_name},
 *       {@code indicator_english_name}, {@code indicator_dimension} (its key, count(家)), {@code
 *       period} (the format's text, 2022 or 2021/2025 十四五), {@code metric} ({@link
 *       ParkdataTypes#METRIC}), {@code industry}, {@code citation} (its parkdata/1 JSON);
 *   <li>{@link #clusters()}, {@link #chains()}, {@link #policies()}, {@link #organisations()},
 *       {@link #indicators()}, {@link #externals()}: {@code id} (an indicator's code) and {@code
 *       name} (a policy's title), the rest in the record;
 *   <li>{@link #errors()}: {@code file, line, column, severity} (ERROR for a record left out,
 *       WARNING), {@code kind} (UNREADABLE, LEFT_OUT, UNKNOWN_FIELD), {@code pointer} (a JSON
 *       Pointer within the record) and {@code message}, as io's {@code JsonProblem}: a record left
 *       out gives its problems and a LEFT_OUT row naming it.
 * </ul>
 */
public final class ParkdataFrames {
  private final Dataset<Row> all;

  ParkdataFrames(Dataset<Row> all) {
    this.all = all;
  }

  /** Keeps what was read in memory (and on disk where it does not fit), so that the frames read the files once. */
  public ParkdataFrames cache() {
    return new ParkdataFrames(all.persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /** The parks (records {@code PARK}). */
  public Dataset<Row> parks() {
    return entities("PARK", col("park.*"));
  }

  /** The observations (records {@code OBSERVATION}). */
  public Dataset<Row> observations() {
    return entities("OBSERVATION", col("observation.*"));
  }

  /** The clusters (records {@code CLUSTER}). */
  public Dataset<Row> clusters() {
    return named("CLUSTER");
  }

  /** The industrial chains (records {@code CHAIN}). */
  public Dataset<Row> chains() {
    return named("CHAIN");
  }

  /** The policies (records {@code POLICY}). */
  public Dataset<Row> policies() {
    return named("POLICY");
  }

  /** The organisations (records {@code ORGANISATION}). */
  public Dataset<Row> organisations() {
    return named("ORGANISATION");
  }

  /** The indicators declared (records {@code INDICATOR}). */
  public Dataset<Row> indicators() {
    return named("INDICATOR");
  }

  /** The external references (records {@code EXTERNAL}). */
  public Dataset<Row> externals() {
    return named("EXTERNAL");
  }

  /** Every problem found: records left out with why, and warnings. */
  public Dataset<Row> errors() {
    return all.filter(col("problem").isNotNull()).select(col("file"), col("line"), col("problem.*"));
  }

  private Dataset<Row> named(String entity) {
    return entities(entity, col("id"), col("name"));
  }

  private Dataset<Row> entities(String entity, Column... columns) {
    Column[] selected = new Column[columns.length + 3];
    selected[0] = col("file");
    selected[1] = col("line");
    System.arraycopy(columns, 0, selected, 2, columns.length);
    selected[selected.length - 1] = col("record");
    return all.filter(col("entity").equalTo(entity)).select(selected);
  }
}
