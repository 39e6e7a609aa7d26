/**
 * Enterprises and other organisations: {@link dev.parkdata.organisation.Organisation}, its
 * {@link dev.parkdata.organisation.OrganisationKind} and yearly {@link
 * dev.parkdata.organisation.Certification}s.
 */
package dev.parkdata.organisation;
