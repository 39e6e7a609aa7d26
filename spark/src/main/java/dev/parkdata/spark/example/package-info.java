/**
 * An example job on parkdata-spark: {@link dev.parkdata.spark.example.FigureTotalsJob} mines a
 * directory of articles for figures and totals them by park, indicator and year.
 */
package dev.parkdata.spark.example;
