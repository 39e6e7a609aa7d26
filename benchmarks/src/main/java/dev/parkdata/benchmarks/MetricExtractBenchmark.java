package dev.parkdata.benchmarks;

import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.extract.MetricExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction throughput of {@link MetricExtractor} on a long Chinese text: sentences of the
 * extractor's test corpus (figures of all kinds, traditional text, and negatives: years, ranks,
 * codes, scale classes) repeated to about 1 MB of UTF-8. The score is the time per pass over the
 * whole text; MB/s = {@link #UTF8_BYTES} / 10^6 / seconds per operation. Target: at least 20 MB/s
 * on one core, with park names too (issues 16 and 17).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MetricExtractBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MetricExtractBenchmark {
  static final String[] SENTENCES = {
    "截至2021年年底，该区总面积31.85平方公里，常住人口稳定。",
    "园区目前已集聚科技企业2万余家，其中规模以上企业231家。",
    "園區入駐了440多家創新型醫藥健康企業。",
    "新建的研究型医院每年可完成400-600个临床试验。",
    "区内营业收入超亿元的企业有2158家。",
    "基地实现年产值200亿元以上，带动就业近1000个。",
    "符合条件的企业每年最高可获2000万元支持。",
    "双方计划在十四五期间新增光伏装机规模约1GW。",
    "该平台提供不低于500PFLOPS的免费算力。",
    "到2022年，产业链总营收规模突破1900亿元。",
    "项目占地面积48.51亩，建筑面积近2万平方米。",
    "并网后每年可贡献绿电约11亿度，节约标准煤33万吨。",
    "中心运营两年来成效显著。",
    "全年实现进出口额1.2万亿元，利用外资15.6亿美元。",
    "项目计划投资10至20亿元，预计带动就业3000人。",
    "单个项目补助5000万-1亿元，贴息比例为千分之五。",
    "园区建成光伏电站装机容量120兆瓦，年发电量1.3亿千瓦时。",
    "展会期间接待观众12万人次，签约设备356台，新能源汽车800辆。",
    "在2023年中国生物医药园区竞争力排名中，该区排名较前一年提升了38个名次。",
    "1997-2017年，园区经历了第四届至第六届评选。",
    "依据国发〔2020〕7号文件，第20年的园区迎来二期和三期开发。",
    "该所研发的13价肺炎球菌结合疫苗已获批上市。",
    "公司将GLP-1类药物的中试环节迁到兰州，专注于2型糖尿病治疗。",
    "苏州高新区重点布局六大百亿级产业链，打造千亿级新能源产业集群。",
    "公司实现稀有人参皂苷百公斤级量产，年产数百公斤原料药。",
    "“十四五”期间，园区将实施“5+2”天天有活动计划。",
  };

  /** The text: the sentences repeated to about 1 MB of UTF-8. */
  static final String TEXT = assemble();
  /** The size of {@link #TEXT} in UTF-8 bytes. */
  public static final int UTF8_BYTES = TEXT.getBytes(StandardCharsets.UTF_8).length;

  private final MetricExtractor extractor = MetricExtractor.standard();
  /** The same, also finding park names and giving each figure its park (issue 17). */
  private final MetricExtractor withParks = MetricExtractor.standard().withParkNames(ParkNameResolver.standard());

  private static String assemble() {
    StringBuilder sb = new StringBuilder();
    int bytes = 0;
    for (int i = 0; bytes < 1_000_000; i++) {
      String s = SENTENCES[i % SENTENCES.length];
      sb.append(s).append(i % 7 == 0 ? "\n" : "");
      bytes += s.getBytes(StandardCharsets.UTF_8).length;
    }
    return sb.toString();
  }

  /** Checks that the text yields mentions, so that the benchmark measures real work. */
  @Setup
  public void check() {
    if (extractor.extract(SENTENCES[0]).isEmpty()) {
      throw new IllegalStateException("no mention in " + SENTENCES[0]);
    }
    if (withParks.extract(SENTENCES[23] + SENTENCES[1]).stream().noneMatch(m -> m.park().isPresent())) {
      throw new IllegalStateException("no park attributed in " + SENTENCES[23] + SENTENCES[1]);
    }
  }

  /** Extracts every mention of the text held as a String. */
  @Benchmark
  public void extractString(Blackhole bh) {
    bh.consume(extractor.extract(TEXT));
  }

  /**
   * Extracts every mention of the text with park names: each sentence also scanned for the
   * catalogue's names and park words, each figure given its park. Target: at least 20 MB/s.
   */
  @Benchmark
  public void extractStringWithParks(Blackhole bh) {
    bh.consume(withParks.extract(TEXT));
  }

  /** Extracts every mention of the text through a Reader, passing each to a consumer. */
  @Benchmark
  public void extractReader(Blackhole bh) throws IOException {
    extractor.extract(new StringReader(TEXT), bh::consume);
  }
}
