/**
 * Industrial chains: {@link dev.parkdata.chain.IndustrialChain} with its {@link
 * dev.parkdata.chain.Segment}s along the {@link dev.parkdata.chain.ChainPosition}s.
 */
package dev.parkdata.chain;
