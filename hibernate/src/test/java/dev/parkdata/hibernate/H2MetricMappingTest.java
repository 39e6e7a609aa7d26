package dev.parkdata.hibernate;

import java.util.UUID;

/** The mappings with Hibernate on H2, in memory: runs in every build. */
class H2MetricMappingTest extends MetricMappingContract {
  private final String url = "jdbc:h2:mem:hibernate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  @Override
  String url() {
    return url;
  }
}
