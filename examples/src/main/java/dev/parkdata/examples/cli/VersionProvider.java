package dev.parkdata.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Supplies {@code parkdata --version}: the project version that Maven filters into {@code
 * version.properties}, or else the jar manifest's {@code Implementation-Version}.
 */
public final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  /** Creates the provider; picocli instantiates it. */
  public VersionProvider() {}

  /** Returns {@code "parkdata 0.1.0-SNAPSHOT"}. */
  @Override
  public String[] getVersion() {
    return new String[] {"parkdata " + version()};
  }

  /** The version of this build, {@code "0.1.0-SNAPSHOT"}; {@code "unknown"} if neither source has it. */
  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "");
        if (!version.isBlank() && !version.startsWith("${")) {
          return version.strip();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    String manifest = VersionProvider.class.getPackage().getImplementationVersion();
    return manifest != null ? manifest : "unknown";
  }
}
