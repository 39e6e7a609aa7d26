package dev.parkdata.catalog;

/**
 * The columns of the catalogue's CSV layout (中国开发区审核公告目录), by their header names. A file
 * may order them freely and carry more columns; each of these must be present.
 */
public enum CatalogColumn {
  /** 序号: sequence number within the national or the provincial list (not unique). */
  SEQUENCE("序号"),
  /** 代码: the catalogue code, {@code G112001}. */
  CODE("代码"),
  /** 开发区名称: the zone's name. */
  NAME("开发区名称"),
  /** 省份: the province-level division. */
  PROVINCE("省份"),
  /** 批准级别: 国务院 or 省政府. */
  APPROVAL_LEVEL("批准级别"),
  /** 开发区类型: the zone type. */
  ZONE_TYPE("开发区类型"),
  /** 批准时间: the approval month as {@code YYYY.MM}. */
  APPROVAL_DATE("批准时间"),
  /** 核准面积_公顷: the approved area in hectares. */
  APPROVED_AREA_HECTARES("核准面积_公顷"),
  /** 主导产业: leading industries separated by 、. */
  LEADING_INDUSTRIES("主导产业");

  private final String header;

  CatalogColumn(String header) {
    this.header = header;
  }

  /** The header name in the CSV, {@code "代码"}. */
  public String header() {
    return header;
  }
}
