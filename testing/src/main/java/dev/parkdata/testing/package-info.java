/**
 * Test support for projects that use parkdata: {@link dev.parkdata.testing.Fixtures}, real
 * figures from news reporting and the national catalogue, modelled as parks, clusters, chains,
 * organisations and policies; AssertJ assertions on them ({@link
 * dev.parkdata.testing.ParkDataAssertions}); and QuickTheories generators of realistic, valid
 * data ({@link dev.parkdata.testing.ParkGenerators}), with deliberate {@linkplain
 * dev.parkdata.testing.Inconsistency inconsistencies} on request.
 */
package dev.parkdata.testing;
