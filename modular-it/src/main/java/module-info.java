/**
 * A small application of parkdata as a user writes one: it requires the modules it uses and
 * nothing else, and runs without {@code --add-modules} or {@code --add-opens}.
 */
module dev.parkdata.it {
  requires dev.parkdata.io;
  requires dev.parkdata.catalog;
  requires dev.parkdata.extract;
  requires dev.parkdata.jdbc;
  requires dev.parkdata.testing;
}
