/**
 * Industrial clusters: {@link dev.parkdata.cluster.Cluster} and its official {@link
 * dev.parkdata.cluster.Recognition}.
 */
package dev.parkdata.cluster;
