/**
 * Helpers shared by parkdata's own packages. Not API: public only because Java has no narrower
 * visibility across packages; anything here may change or go in any release. The javadoc
 * leaves this package out.
 */
package dev.parkdata.internal;
