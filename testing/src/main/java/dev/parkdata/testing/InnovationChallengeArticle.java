package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.Y2018;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.Fixtures.BIOGILL_JV;
import static dev.parkdata.testing.Fixtures.PARTNER_ENTERPRISES;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.model.Names;
import dev.parkdata.observation.Indicators;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.source.Source;

/**
 * 中国高新技术产业导报: 中国创新挑战赛(北京) 重大成果落地. Models the joint venture of BioGill in Beijing,
 * with its investment and its Chinese partners.
 */
final class InnovationChallengeArticle {
  private InnovationChallengeArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("中国创新挑战赛(北京) 重大成果落地").build();

  /** 比奥吉尔(北京)合资公司: its cash investment and partners (2018). */
  static Organisation bioGillJointVenture() {
    return Organisation.builder()
        .id(BIOGILL_JV)
        .names(Names.of("比奥吉尔(北京)合资公司"))
        .kind(OrganisationKind.COMPANY)
        .location(Location.of(Province.BEIJING))
        .addObservation(fig(BIOGILL_JV, Indicators.TOTAL_INVESTMENT, Y2018, "2.3亿元", SOURCE, "现金投入2.3亿元"))
        .addObservation(fig(BIOGILL_JV, PARTNER_ENTERPRISES, Y2018, "4家", SOURCE, "4家中资企业"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset.addOrganisation(bioGillJointVenture());
  }
}
