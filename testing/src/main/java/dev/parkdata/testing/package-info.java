/**
 * Test support for projects that use parkdata: {@link dev.parkdata.testing.Fixtures}, real
 * figures from news reporting and the national catalogue, modelled as parks, clusters, chains,
 * organisations and policies.
 */
package dev.parkdata.testing;
