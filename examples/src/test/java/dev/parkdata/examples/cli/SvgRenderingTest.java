package dev.parkdata.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parkdata.io.ParkDataJson;
import dev.parkdata.location.Province;
import dev.parkdata.testing.Fixtures;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The tool's SVG pictures as a browser draws them: each is rendered to PNG by a real headless
 * Chromium (Debian's {@code chromium}), and the PNG must have the picture's size, not be blank
 * and show what it should (the map's tiles in their class's colour).
 *
 * <p>Without a {@code chromium} (or {@code chromium-browser}) on the {@code PATH}, or at {@code
 * PARKDATA_TEST_CHROMIUM}, the test is skipped and says so on standard error, unless {@code
 * PARKDATA_TEST_CHROMIUM_REQUIRED=true} (as {@code .ci/run} sets it), when it fails: the same
 * convention as the PostgreSQL tests of jdbc.
 */
class SvgRenderingTest {
  static final String PATH_VARIABLE = "PARKDATA_TEST_CHROMIUM";
  static final String REQUIRED_VARIABLE = "PARKDATA_TEST_CHROMIUM_REQUIRED";
  /** The longest a rendering may take; a hung browser is killed and the test fails. */
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir Path dir;

  /** The browser, or a skip (a failure where it is required). */
  static Path chromium() {
    Optional<Path> found = Optional.ofNullable(System.getenv(PATH_VARIABLE)).filter(p -> !p.isBlank()).map(Path::of)
        .or(() -> onPath("chromium"))
        .or(() -> onPath("chromium-browser"));
    if (found.isEmpty() || !Files.isExecutable(found.get())) {
      String why = "SVG rendering test skipped: no chromium on the PATH (Debian: apt-get install chromium) or at "
          + PATH_VARIABLE;
      if ("true".equals(System.getenv(REQUIRED_VARIABLE))) {
        fail(REQUIRED_VARIABLE + " is true but " + why.substring(why.indexOf("no chromium")));
      }
      System.err.println(why);
      Assumptions.abort(why);
    }
    return found.get();
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Renders {@code svg} with {@code chromium} at the picture's own size; the PNG read back. */
  private BufferedImage render(Path chromium, Path svg, int width, int height) throws IOException, InterruptedException {
    Path png = dir.resolve(svg.getFileName() + ".png");
    Path log = dir.resolve(svg.getFileName() + ".log");
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--user-data-dir=" + profile, "--hide-scrollbars", "--screenshot=" + png, "--window-size=" + width + "," + height,
        svg.toUri().toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("chromium did not render " + svg + " within " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
    }
    assertThat(process.exitValue()).as("chromium: %s", Files.readString(log)).isZero();
    assertThat(png).as("chromium: %s", Files.readString(log)).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as("%s is a PNG", png).isNotNull();
    return image;
  }

  /** Checks {@code image} is {@code width} × {@code height} and drawn on: not blank, not one colour. */
  private static void assertDrawn(BufferedImage image, int width, int height, String what) {
    assertThat(image.getWidth()).as(what).isEqualTo(width);
    assertThat(image.getHeight()).as(what).isEqualTo(height);
    int background = image.getRGB(0, 0);
    long drawn = 0;
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y);
        if (rgb != background) {
          drawn++;
        }
        colours.add(rgb);
      }
    }
    assertThat(background & 0xFFFFFF).as("%s: the background is white", what).isEqualTo(0xFFFFFF);
    assertThat(drawn * 100).as("%s: pixels drawn on (%s of %s)", what, drawn, (long) width * height)
        .isGreaterThan((long) width * height * 2);
    assertThat(colours.size()).as("%s: colours", what).isGreaterThanOrEqualTo(3);
  }

  private static int[] size(Path svg) throws Exception {
    Element root = ChartTest.parse(Files.readString(svg, StandardCharsets.UTF_8)).getDocumentElement();
    return new int[] {Integer.parseInt(root.getAttribute("width")), Integer.parseInt(root.getAttribute("height"))};
  }

  @Test
  void theToolsPicturesRenderInHeadlessChromium() throws Exception {
    Path chromium = chromium();
    Path bars = dir.resolve("bars.svg");
    Path map = dir.resolve("map.svg");
    Path line = dir.resolve("line.svg");
    Path parks = dir.resolve("parks.json");
    ParkDataJson.standard().write(Fixtures.dataset(), parks);
    assertThat(CliRun.run("catalog", "--by", "type", "--measure", "area", "--svg", bars.toString()).exitCode).isZero();
    assertThat(CliRun.run("catalog", "--map", "--svg", map.toString()).exitCode).isZero();
    // the fixture park and indicator with the most periods
    dev.parkdata.dataset.Dataset dataset = Fixtures.dataset();
    dev.parkdata.series.Series longest = null;
    for (dev.parkdata.park.Park park : dataset.allParks()) {
      for (dev.parkdata.observation.Observation o : park.observations()) {
        dev.parkdata.series.Series s = dev.parkdata.series.Series.of(dataset, park.id(), o.indicator());
        if (longest == null || s.observations().size() > longest.observations().size()) {
          longest = s;
        }
      }
    }
    assertThat(longest.observations()).hasSizeGreaterThan(2);
    dev.parkdata.observation.Observation first = longest.observations().get(0);
    CliRun series = CliRun.run("series", parks.toString(), "--park", first.subject().value(), "--indicator",
        first.indicator().code(), "--svg", line.toString());
    assertThat(series.exitCode).as("%s", series).isZero();

    for (Path svg : List.of(bars, map, line)) {
      int[] size = size(svg);
      BufferedImage image = render(chromium, svg, size[0], size[1]);
      assertDrawn(image, size[0], size[1], svg.getFileName().toString());
    }

    // the map's tiles are where ProvinceMap places them, in their class's colour: Jiangsu has
    // among the most zones (the darkest class), Tibet among the fewest (the lightest), Taiwan none
    int[] size = size(map);
    BufferedImage image = render(chromium, map, size[0], size[1]);
    assertColour(image, Province.JIANGSU, 0x08306b);
    assertColour(image, Province.TIBET, 0xc6dbef);
    assertColour(image, Province.TAIWAN, 0xeeeeee);
  }

  /** The colour just inside the top-left corner of {@code p}'s tile (no text reaches it). */
  private static void assertColour(BufferedImage image, Province p, int rgb) {
    int x = (int) ProvinceMap.svgTile(p)[0] + 4;
    int y = (int) ProvinceMap.svgTile(p)[1] + 4;
    int found = image.getRGB(x, y) & 0xFFFFFF;
    for (int shift = 0; shift <= 16; shift += 8) {
      int channel = (found >> shift) & 0xFF;
      int wanted = (rgb >> shift) & 0xFF;
      assertThat(Math.abs(channel - wanted)).as("%s's tile at (%s, %s): %06x, wanted %06x", p, x, y, found, rgb)
          .isLessThanOrEqualTo(2);
    }
  }
}
