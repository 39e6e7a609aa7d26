package dev.parkdata.testing;

import static dev.parkdata.testing.FixtureSupport.Y2022;
import static dev.parkdata.testing.FixtureSupport.fig;
import static dev.parkdata.testing.Fixtures.IPO_PROCEEDS;
import static dev.parkdata.testing.Fixtures.JUZI;
import static dev.parkdata.testing.Fixtures.NATIONAL_PROJECTS;
import static dev.parkdata.testing.Fixtures.PATENTS;
import static dev.parkdata.testing.Fixtures.PRODUCTS_IN_PRODUCTION;
import static dev.parkdata.testing.Fixtures.TRADEMARKS;
import static dev.parkdata.testing.Fixtures.XIAN_HTZ;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.dataset.ExternalReference;
import dev.parkdata.model.EntityKind;
import dev.parkdata.model.Names;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.organisation.OrganisationKind;
import dev.parkdata.source.Source;
import java.time.Year;

/**
 * 中国高新技术产业导报: 巨子生物在香港交易所上市. Models 西安巨子生物基因技术股份有限公司 at its listing
 * (2022): proceeds, products, trademarks, patents and national projects; 西安高新区, where it was
 * incubated, the dataset declares external.
 */
final class JuziBiogeneListingArticle {
  private JuziBiogeneListingArticle() {}

  /** The article, the source of every figure here. */
  static final Source SOURCE =
      Source.builder().publisher("中国高新技术产业导报").title("巨子生物在香港交易所上市").build();

  /** 西安巨子生物基因技术股份有限公司 at its listing in Hong Kong (2022). */
  static Organisation juziBiogene() {
    return Organisation.builder()
        .id(JUZI)
        .names(Names.builder().official("西安巨子生物基因技术股份有限公司").addShortNames("巨子生物").build())
        .kind(OrganisationKind.COMPANY)
        .founded(Year.of(2000))
        .park(XIAN_HTZ)
        .addObservation(fig(JUZI, IPO_PROCEEDS, Y2022, "约5.08亿元", SOURCE, "约人民币5.08亿元"))
        .addObservation(fig(JUZI, PRODUCTS_IN_PRODUCTION, Y2022, "5种", SOURCE, "5种稀有人参皂苷"))
        .addObservation(fig(JUZI, TRADEMARKS, Y2022, "580个", SOURCE, "注册商标580个"))
        .addObservation(fig(JUZI, PATENTS, Y2022, "79项", SOURCE, "专利申请79项"))
        .addObservation(fig(JUZI, NATIONAL_PROJECTS, Y2022, "4项", SOURCE, "计划项目4项"))
        .build();
  }

  /** Adds the article's entities and free-standing figures to {@code dataset}. */
  static void addTo(Dataset.Builder dataset) {
    dataset
        .addOrganisation(juziBiogene())
        .addExternal(ExternalReference.of(XIAN_HTZ, EntityKind.PARK, "西安高新区"));
  }
}
