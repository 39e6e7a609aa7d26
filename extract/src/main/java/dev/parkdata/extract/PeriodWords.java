package dev.parkdata.extract;

import dev.parkdata.observation.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link Period} a period as the extractor writes it names ({@link Mention#period()}: 2021年,
 * 截至2023年底, 2024年1月至5月, 2024年1-6月, 今年前10个月, 十四五), given the year the text was
 * written in for 今年, 去年 and a month with no year. Empty for what it cannot read exactly: a
 * period is never guessed. Not on a hot path: regular expressions are fine here.
 */
final class PeriodWords {
  private PeriodWords() {}

  private static final Pattern PLAN = Pattern.compile("十([一二三四五六七八九])五");
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年|([今去前])年");
  private static final Pattern YEARS = Pattern.compile("((?:19|20)\\d\\d)\\s*[-—–~至到]\\s*((?:19|20)\\d\\d)\\s*年");
  private static final Pattern MONTHS = Pattern.compile("(?:前(\\d{1,2}|[一二三四五六七八九十]{1,2})个月)|(\\d{1,2})\\s*月?\\s*[-—–~至到]\\s*(\\d{1,2})\\s*月");
  private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月(底|末)?");
  private static final Pattern QUARTER = Pattern.compile("(?:第)?([一二三四1-4])季度");
  private static final String DIGITS = "一二三四五六七八九";

  /** The period {@code text} names, {@code thisYear} being the year it was written in (null if unknown). */
  static Optional<Period> read(String text, Integer thisYear) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher plan = PLAN.matcher(text);
    if (plan.find() && !YEAR.matcher(text).find()) {
      return Optional.of(Period.fiveYearPlan(10 + DIGITS.indexOf(plan.group(1).charAt(0)) + 1));
    }
    Matcher years = YEARS.matcher(text);
    if (years.find()) {
      int from = Integer.parseInt(years.group(1));
      int to = Integer.parseInt(years.group(2));
      return from < to ? Optional.of(Period.years(from, to)) : Optional.empty();
    }
    Integer year = null;
    int after = 0;
    Matcher y = YEAR.matcher(text);
    if (y.find()) {
      after = y.end();
      if (y.group(1) != null) {
        year = Integer.parseInt(y.group(1));
      } else if (thisYear != null) {
        year = thisYear - "今去前".indexOf(y.group(2).charAt(0));
      }
    } else {
      year = thisYear;
    }
    if (year == null) {
      return Optional.empty();
    }
    String rest = text.substring(after);
    if (rest.contains("上半年")) {
      return Optional.of(Period.halfYear(year, 1));
    }
    if (rest.contains("下半年")) {
      return Optional.of(Period.halfYear(year, 2));
    }
    Matcher q = QUARTER.matcher(rest);
    if (q.find()) {
      char c = q.group(1).charAt(0);
      return Optional.of(Period.quarter(year, c <= '4' && c >= '1' ? c - '0' : DIGITS.indexOf(c) + 1));
    }
    Matcher months = MONTHS.matcher(rest);
    if (months.find()) {
      int from = months.group(1) != null ? 1 : Integer.parseInt(months.group(2));
      int to = months.group(1) != null ? number(months.group(1)) : Integer.parseInt(months.group(3));
      if (from < 1 || to > 12 || from >= to) {
        return Optional.empty();
      }
      if (from == 1 && to == 6) {
        return Optional.of(Period.halfYear(year, 1));
      }
      return Optional.of(Period.months(YearMonth.of(year, from), YearMonth.of(year, to)));
    }
    Matcher month = MONTH.matcher(rest);
    if (month.find()) {
      int m = Integer.parseInt(month.group(1));
      if (m < 1 || m > 12) {
        return Optional.empty();
      }
      YearMonth ym = YearMonth.of(year, m);
      return Optional.of(month.group(2) != null || text.contains("截") ? Period.asOf(ym.atEndOfMonth()) : Period.month(ym));
    }
    if (rest.startsWith("底") || rest.startsWith("末") || rest.startsWith("年底") || rest.startsWith("年末")) {
      return Optional.of(Period.endOf(Year.of(year)));
    }
    if (after > 0) {
      return Optional.of(Period.year(year));
    }
    return Optional.empty();
  }

  /** 10, or 十, 十二, 六: a month count of at most twelve. */
  private static int number(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    if (s.equals("十")) {
      return 10;
    }
    if (s.charAt(0) == '十') {
      return 10 + DIGITS.indexOf(s.charAt(1)) + 1;
    }
    return DIGITS.indexOf(s.charAt(0)) + 1;
  }
}
