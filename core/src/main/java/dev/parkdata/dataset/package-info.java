/**
 * The {@link dev.parkdata.dataset.Dataset}: a self-contained collection of parks, clusters,
 * chains, policies, organisations and figures, with lookups by identifier and navigation of the
 * park hierarchy; and the {@link dev.parkdata.dataset.ExternalReference}s that declare
 * identifiers outside it. See the overview for how the model fits together.
 */
package dev.parkdata.dataset;
