/**
 * Industries ({@link dev.parkdata.industry.Industry}) and the scale classes of clusters and
 * chains ({@link dev.parkdata.industry.ScaleClass}).
 */
package dev.parkdata.industry;
