/**
 * Hibernate ORM 7 mappings of parkdata values for your own entities: {@code MetricType} and
 * {@code UnitAttributeConverter}.
 *
 * <p>Both implement Hibernate and Jakarta Persistence interfaces, so both are {@code requires
 * transitive}; the application brings them (Maven scope {@code provided}). Hibernate creates the
 * two classes through their public constructors, but reads and writes the private fields of
 * {@code MetricType.Columns}, the embeddable that maps a metric's four columns, by deep
 * reflection: the package is open to Hibernate alone.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.parkdata.hibernate {
  requires transitive dev.parkdata.core;
  requires transitive jakarta.persistence;
  requires transitive org.hibernate.orm.core;

  exports dev.parkdata.hibernate;

  opens dev.parkdata.hibernate to org.hibernate.orm.core;
}
