/**
 * Figures over time and across parks: a {@link dev.parkdata.series.Series} (one indicator of one
 * subject, one figure per period, conflicts reported), its {@link dev.parkdata.series.Growth}
 * (year on year, between two periods, compound annual), and a {@link
 * dev.parkdata.series.Ranking} of parks in a period that orders figures only where their bounds
 * allow. Exact where the inputs are; a result that needs a root or a rounded quotient takes a
 * {@link java.math.MathContext} and says it is approximate.
 */
package dev.parkdata.series;
