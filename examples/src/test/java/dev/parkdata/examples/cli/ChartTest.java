package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.location.Province;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The terminal and SVG charts: alignment, glyphs, exact labels, well-formed self-contained SVG. */
class ChartTest {

  private static BarChart bars() {
    return new BarChart("Zones by type <&> \"quoted\"")
        .add("经济技术开发区", new BigDecimal("219"), "219")
        .add("边境/跨境经济合作区", new BigDecimal("19"), "19")
        .add("Other", new BigDecimal("986"), "986")
        .add("none", BigDecimal.ZERO, "0");
  }

  @Test
  void barsStartInOneColumnWhateverTheLabelsScriptAndScaleToTheLargest() {
    List<String> lines = bars().terminal(80, ChartGlyphs.UNICODE).lines().toList();
    assertThat(lines.get(0)).isEqualTo("Zones by type <&> \"quoted\"");
    int names = TextTable.displayWidth("边境/跨境经济合作区");
    for (String line : lines.subList(1, 4)) {
      String beforeBar = line.substring(0, line.indexOf(line.contains("█") ? '█' : '▏'));
      assertThat(TextTable.displayWidth(beforeBar)).as(line).isEqualTo(names + 2);
    }
    int bar = Math.min(BarChart.MAX_BAR, 80 - names - TextTable.displayWidth("986") - 4);
    assertThat(lines.get(3)).endsWith("█".repeat(bar) + " 986");
    // 219 of 986 of the bar, in eighths of a cell rounded half up: whole blocks and one end block
    long eighths = (219L * bar * 8 * 2 + 986) / (2 * 986);
    assertThat(lines.get(1)).endsWith("  " + ChartGlyphs.UNICODE.bar(eighths) + " 219");
    assertThat(lines.get(4)).isEqualTo("none" + " ".repeat(names - 4) + "   0");
  }

  @Test
  void asciiBarsAreWholeHashCells() {
    String ascii = bars().terminal(80, ChartGlyphs.ASCII);
    assertThat(ascii).doesNotContain("█", "▏", "▉").contains("# 986");
    assertThat(ascii.chars().allMatch(c -> c < 0x2500 || c > 0x259F)).isTrue();
    assertThat(ChartGlyphs.ASCII.bar(0)).isEqualTo("");
    assertThat(ChartGlyphs.ASCII.bar(12)).isEqualTo("##");
    assertThat(ChartGlyphs.ASCII.bar(4)).isEqualTo("#");
    assertThat(ChartGlyphs.ASCII.bar(1)).as("a bar that is not nothing shows").isEqualTo("#");
    assertThat(ChartGlyphs.UNICODE.bar(17)).isEqualTo("██▏");
  }

  @Test
  void glyphsDegradeToAsciiWhenAskedOnADumbTerminalOrWithoutUtf8() {
    assertThat(ChartGlyphs.of(false, "xterm-256color", "UTF-8")).isEqualTo(ChartGlyphs.UNICODE);
    assertThat(ChartGlyphs.of(true, "xterm-256color", "UTF-8")).isEqualTo(ChartGlyphs.ASCII);
    assertThat(ChartGlyphs.of(false, "dumb", "UTF-8")).isEqualTo(ChartGlyphs.ASCII);
    assertThat(ChartGlyphs.of(false, "xterm", "ANSI_X3.4-1968")).isEqualTo(ChartGlyphs.ASCII);
    assertThat(ChartGlyphs.of(false, "xterm", "GB18030")).isEqualTo(ChartGlyphs.ASCII);
    assertThat(ChartGlyphs.of(false, null, "no-such-charset")).isEqualTo(ChartGlyphs.ASCII);
    assertThat(ChartGlyphs.of(false, null, null)).isEqualTo(ChartGlyphs.ASCII);
  }

  @Test
  void everyProvinceHasATileOfItsOwn() {
    Set<List<Integer>> taken = new HashSet<>();
    for (Province p : Province.values()) {
      assertThat(ProvinceMap.hasTile(p)).as("%s", p).isTrue();
      int[] at = ProvinceMap.tileOf(p);
      assertThat(taken.add(List.of(at[0], at[1]))).as("%s shares its tile", p).isTrue();
    }
    // roughly where they lie: west of, north of
    assertThat(ProvinceMap.tileOf(Province.XINJIANG)[0]).isLessThan(ProvinceMap.tileOf(Province.GANSU)[0]);
    assertThat(ProvinceMap.tileOf(Province.SHANGHAI)[0]).isGreaterThan(ProvinceMap.tileOf(Province.SICHUAN)[0]);
    assertThat(ProvinceMap.tileOf(Province.HEILONGJIANG)[1]).isLessThan(ProvinceMap.tileOf(Province.BEIJING)[1]);
    assertThat(ProvinceMap.tileOf(Province.HAINAN)[1]).isGreaterThan(ProvinceMap.tileOf(Province.GUANGDONG)[1]);
  }

  @Test
  void theMapShadesByQuartileAndSaysWhatEachShadeHolds() {
    ProvinceMap map = new ProvinceMap("Zones by province", "no zones");
    int n = 0;
    for (Province p : Province.values()) {
      if (p != Province.TAIWAN) {
        map.put(p, BigDecimal.valueOf(++n), Integer.toString(n));
      }
    }
    String text = map.terminal(ChartGlyphs.ASCII);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(1 + 8 + 1);
    // 黑龙江 is the eighth province: 7 of the 33 values lie below its 8, the lowest quarter
    assertThat(lines.get(1).strip()).isEqualTo(".黑龙江");
    assertThat(lines.get(9)).isEqualTo(". 1–9  : 10–17  + 18–25  # 26–33  blank: no zones");
    assertThat(text).contains(" 台湾").doesNotContain(".台湾", ":台湾", "+台湾", "#台湾");
    for (String line : lines) {
      assertThat(TextTable.displayWidth(line)).isLessThanOrEqualTo(80);
    }
  }

  @Test
  void equalValuesShareAShade() {
    ProvinceMap map = new ProvinceMap("t", "none");
    for (Province p : Province.values()) {
      map.put(p, BigDecimal.TEN, "10");
    }
    assertThat(map.terminal(ChartGlyphs.ASCII).lines().toList().get(9)).isEqualTo(". 10");
  }

  @Test
  void theLineChartPlotsEachPeriodAndLabelsTheAxisExactly() {
    LineChart chart = new LineChart("营业收入 (亿元)", "1500", "2100")
        .add("2019", new BigDecimal("1500"), new BigDecimal("1500"), true, "1500亿元")
        .add("2020", new BigDecimal("1600"), new BigDecimal("1600"), false, "约1600亿元")
        .add("2021", new BigDecimal("1800"), new BigDecimal("1900"), false, "1800-1900亿元")
        .add("2022", new BigDecimal("2100"), new BigDecimal("2100"), true, "2100亿元");
    List<String> lines = chart.terminal(ChartGlyphs.ASCII).lines().toList();
    assertThat(lines.get(0)).isEqualTo("营业收入 (亿元)");
    assertThat(lines.get(1)).startsWith("2100 +").endsWith("*");
    assertThat(lines.get(LineChart.ROWS)).startsWith("1500 +").contains("*");
    assertThat(lines.get(LineChart.ROWS + 1)).matches(" {5}\\+-+");
    assertThat(lines.get(LineChart.ROWS + 2)).contains("2019", "2020", "2021", "2022");
    assertThat(lines.get(LineChart.ROWS + 3)).isEqualTo("* as stated  o qualified (about, over, more than …)  | range");
    assertThat(String.join("\n", lines)).contains("o", "|");
  }

  @Test
  void svgIsWellFormedEscapedAndSelfContained() throws Exception {
    ProvinceMap map = new ProvinceMap("Area <km²> & \"zones\"", "no zones");
    map.put(Province.JIANGSU, new BigDecimal("1310.3122"), "1310.3122");
    LineChart line = new LineChart("t<>", "1", "2")
        .add("2020", BigDecimal.ONE, BigDecimal.ONE, true, "1&1")
        .add("2021", BigDecimal.ONE, new BigDecimal("2"), false, "1-2");
    for (String svg : List.of(bars().svg(), map.svg(), line.svg())) {
      Document doc = parse(svg);
      assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
      assertThat(doc.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
      assertThat(svg).doesNotContain("href", "url(", "@import", "<image", "<script", "<style", "<foreignObject");
      NodeList titles = doc.getElementsByTagName("title");
      assertThat(titles.getLength()).isEqualTo(1);
    }
    assertThat(parse(map.svg()).getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Area <km²> & \"zones\"");
    assertThat(Svg.escape("a\u0000b<")).isEqualTo("ab&lt;");
  }

  @Test
  void theDocsExampleIsWhatTheToolDrawsNow(@TempDir Path dir) throws Exception {
    Path docs = Path.of("..", "docs", "charts");
    Path now = dir.resolve("map.svg");
    assertThat(CliRun.run("catalog", "--map", "--svg", now.toString()).exitCode).isZero();
    assertThat(Files.readString(now))
        .as("docs/charts/zones-by-province.svg is out of date: remake it and its PNG as the README's tool section says")
        .isEqualTo(Files.readString(docs.resolve("zones-by-province.svg")));
    BufferedImage png = ImageIO.read(docs.resolve("zones-by-province.png").toFile());
    Element root = parse(Files.readString(now)).getDocumentElement();
    assertThat(png.getWidth()).isEqualTo(Integer.parseInt(root.getAttribute("width")));
    assertThat(png.getHeight()).isEqualTo(Integer.parseInt(root.getAttribute("height")));
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
