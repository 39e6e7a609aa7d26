/**
 * Hibernate ORM mappings for parkdata's values, for applications that map their own entities with
 * Jakarta Persistence: {@link dev.parkdata.hibernate.MetricType} stores a {@code Metric} as four
 * exact columns, {@link dev.parkdata.hibernate.UnitAttributeConverter} a {@code Unit} as its name.
 * Applications that store whole datasets use {@code parkdata-jdbc} instead and carry no Hibernate.
 */
package dev.parkdata.hibernate;
