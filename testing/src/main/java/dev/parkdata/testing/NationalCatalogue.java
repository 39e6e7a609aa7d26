package dev.parkdata.testing;

import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.unit.Units;

/**
 * 国家发展改革委, 中国开发区审核公告目录（2018年版）: the national catalogue of development zones, no
 * article but the source of the entries the articles refer to (approval, approved area, leading
 * industries). Each entry is modelled by the article class of the zone it is about.
 */
final class NationalCatalogue {
  private NationalCatalogue() {}

  static final Source SOURCE =
      Source.builder()
          .publisher("国家发展改革委")
          .title("中国开发区审核公告目录（2018年版）")
          .build();

  /** A zone's approved area in hectares, as the catalogue gives it. */
  static Area approvedArea(String hectares) {
    return Area.builder()
        .kind(AreaKind.APPROVED)
        .metric(FixtureSupport.of(hectares, Units.HECTARE))
        .citation(Citation.of(SOURCE))
        .build();
  }
}
