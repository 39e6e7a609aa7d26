/**
 * Park data in a relational database: {@link dev.parkdata.jdbc.DatasetStore} saves datasets and
 * the national catalogue to PostgreSQL or H2 on plain JDBC, with a versioned schema, exact
 * figures, and typed tables for queries by park, indicator, period and province.
 */
package dev.parkdata.jdbc;
