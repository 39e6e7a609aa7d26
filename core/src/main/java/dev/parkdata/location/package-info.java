/**
 * Where things are: {@link dev.parkdata.location.Location} (province, city, district, GB/T 2260
 * code) and the {@link dev.parkdata.location.Province} enumeration.
 */
package dev.parkdata.location;
