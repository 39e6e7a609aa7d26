/**
 * Parks and zones: {@link dev.parkdata.park.Park} with its {@link dev.parkdata.park.ParkKind},
 * {@link dev.parkdata.park.Approval}s ({@link dev.parkdata.park.ApprovalLevel}), typed {@link
 * dev.parkdata.park.Area}s ({@link dev.parkdata.park.AreaKind}), nested sub-zones and their
 * {@link dev.parkdata.park.Composition}, {@link dev.parkdata.park.Designation}s and {@link
 * dev.parkdata.park.Management}.
 */
package dev.parkdata.park;
