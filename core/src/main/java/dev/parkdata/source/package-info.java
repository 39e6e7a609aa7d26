/**
 * Provenance: the {@link dev.parkdata.source.Source} a figure was published in and the {@link
 * dev.parkdata.source.Citation} (quote and {@link dev.parkdata.source.TextSpan}) it was read
 * from. Every observation, target, area and policy can carry one.
 */
package dev.parkdata.source;
