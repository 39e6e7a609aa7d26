/**
 * Fixtures, AssertJ assertions and QuickTheories generators for tests of code that uses
 * parkdata.
 *
 * <p>AssertJ and QuickTheories types are the API ({@code AbstractAssert}, {@code Gen}), so both
 * are {@code requires transitive}. QuickTheories 0.26, its last release, declares no module
 * name: {@code quicktheories} is the one the JDK derives from its jar's file name.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.parkdata.testing {
  requires transitive dev.parkdata.core;
  requires transitive org.assertj.core;
  requires transitive quicktheories;
  requires com.google.common;

  exports dev.parkdata.testing;
}
