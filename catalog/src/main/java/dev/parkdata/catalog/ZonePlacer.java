package dev.parkdata.catalog;

import com.google.common.collect.ImmutableList;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.park.Park;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places zones in the divisions their names name. Not API: {@link Placement} and {@link
 * DevelopmentZoneCatalog#placement} document the behaviour.
 *
 * <p>The name (folded) loses a leading 中国 and its province's name, then is read from the start
 * as a run of division names of that province (full or short: 株洲市 or 株洲), each within the
 * one before: 广州南沙 is 广州市 then 南沙区. A run that starts elsewhere is not read (洋浦 is no
 * division, so 海南洋浦经济开发区 is placed in 海南省 only), except a sub-park named by its district
 * before 园 (张江高新区闵行园 is in 闵行区).
 */
final class ZonePlacer {
  /** The catalogue's year: divisions are taken as they were at its end. */
  static final int YEAR = 2018;
  private static final int LONGEST_NAME = 12;
  /**
   * Words a name may begin with that name no division: the country, the 兵团, and landmarks whose
   * first characters are a division's short name (红旗渠, the canal of 林州, is not 新乡's 红旗区).
   */
  private static final String[] NOT_PLACES = {"中国", "新疆生产建设兵团", "兵团", "国家", "红旗渠"};

  private final Divisions divisions;
  private final Map<String, Division> provinces = new HashMap<>();
  /** Per province code: the names and short names of its prefectures and counties in {@link #YEAR}. */
  private final Map<String, Map<String, List<Division>>> names = new HashMap<>();

  ZonePlacer(Divisions divisions) {
    this.divisions = divisions;
    for (Division d : divisions.inUseIn(YEAR)) {
      String province = d.code().substring(0, 2);
      if (d.level() == DivisionLevel.PROVINCE) {
        provinces.put(province, d);
        continue;
      }
      Map<String, List<Division>> byName = names.computeIfAbsent(province, p -> new HashMap<>());
      byName.computeIfAbsent(d.name(), n -> new ArrayList<>(1)).add(d);
      if (!d.shortName().equals(d.name())) {
        byName.computeIfAbsent(d.shortName(), n -> new ArrayList<>(1)).add(d);
      }
      for (String banner : Divisions.bannerShortNames(d)) { // 包头市土右旗新型工业园区, 内蒙古杭后工业园区
        byName.computeIfAbsent(banner, n -> new ArrayList<>(1)).add(d);
      }
    }
  }

  Divisions divisions() {
    return divisions;
  }

  Optional<Placement> place(Park park) {
    Optional<Province> province = park.location().flatMap(Location::province);
    if (province.isEmpty() || !provinces.containsKey(province.get().code())) {
      return Optional.empty();
    }
    Division top = provinces.get(province.get().code());
    Map<String, List<Division>> byName = names.getOrDefault(top.code().substring(0, 2), Map.of());
    String name = NameFolding.fold(park.names().official());
    int pos = skipPrefixes(name, 0, top);

    List<String> texts = new ArrayList<>();
    Division placed = top;
    Set<Division> unresolved = new LinkedHashSet<>();
    while (pos < name.length()) {
      String text = longestAt(name, pos, byName);
      if (text == null) {
        break;
      }
      List<Division> within = new ArrayList<>();
      for (Division d : byName.get(text)) {
        if (lies(d, placed)) {
          within.add(d);
        }
      }
      if (within.isEmpty()) {
        break;
      }
      texts.add(text);
      pos += text.length();
      Division one = pick(within);
      if (one == null) {
        unresolved.addAll(within);
        Division shared = sharedParent(within);
        if (shared != null && !shared.equals(placed)) {
          placed = shared;
        }
        break;
      }
      placed = one;
    }
    if (texts.isEmpty()) {
      Optional<Placement> subPark = subPark(park, name, top, byName);
      if (subPark.isPresent()) {
        return subPark;
      }
      return Optional.of(new Placement(park.id(), top, "",
          "the name names no prefecture or county of " + top.name() + ": placed in the province only"));
    }
    String matched = String.join("", texts);
    StringBuilder reason = new StringBuilder("the name begins with ").append(matched).append(": ");
    reason.append(joined(divisions.chain(placed), " in "));
    if (!unresolved.isEmpty()) {
      reason.append("; the name does not tell apart ").append(joined(ImmutableList.copyOf(unresolved), " and "));
    }
    return Optional.of(new Placement(park.id(), placed, matched, reason.toString()));
  }

  /** 张江高新区闵行园: a district named between 区 and a final 园 or 园区. */
  private Optional<Placement> subPark(Park park, String name, Division top, Map<String, List<Division>> byName) {
    int end = name.endsWith("园区") ? name.length() - 2 : name.endsWith("园") ? name.length() - 1 : -1;
    if (end < 0) {
      return Optional.empty();
    }
    for (int start = end - 2; start > 0 && start >= end - LONGEST_NAME; start--) {
      if (name.charAt(start - 1) != '区') {
        continue;
      }
      List<Division> found = byName.get(name.substring(start, end));
      if (found != null && found.size() == 1 && found.get(0).level() == DivisionLevel.COUNTY) {
        Division d = found.get(0);
        return Optional.of(new Placement(park.id(), d, name.substring(start, end),
            "a sub-park named by its district before 园: " + joined(divisions.chain(d), " in ")));
      }
    }
    return Optional.empty();
  }

  private static int skipPrefixes(String name, int from, Division province) {
    int pos = from;
    for (boolean again = true; again; ) {
      again = false;
      for (String prefix : new String[] {province.name(), province.shortName()}) {
        if (name.startsWith(prefix, pos) && name.length() > pos + prefix.length()) {
          pos += prefix.length();
          again = true;
        }
      }
      for (String prefix : NOT_PLACES) {
        if (name.startsWith(prefix, pos)) {
          pos += prefix.length();
          again = true;
        }
      }
    }
    return pos;
  }

  private static String longestAt(String name, int pos, Map<String, List<Division>> byName) {
    for (int end = Math.min(name.length(), pos + LONGEST_NAME); end >= pos + 2; end--) {
      String text = name.substring(pos, end);
      if (byName.containsKey(text)) {
        return text;
      }
    }
    return null;
  }

  /** Whether {@code d} lies in {@code place} (a province, prefecture or county). */
  private boolean lies(Division d, Division place) {
    if (place.level() == DivisionLevel.PROVINCE) {
      return true;
    }
    return !d.equals(place) && divisions.chain(d).contains(place);
  }

  /**
   * The one division a name stands for among several that share it, or null: a prefecture
   * before a county of the same name (湘潭 is 湘潭市, which holds 湘潭县).
   */
  private Division pick(List<Division> candidates) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    Division prefecture = null;
    for (Division d : candidates) {
      if (d.level() == DivisionLevel.PREFECTURE) {
        if (prefecture != null) {
          return null;
        }
        prefecture = d;
      }
    }
    if (prefecture == null) {
      return null;
    }
    for (Division d : candidates) {
      if (d != prefecture && !divisions.chain(d).contains(prefecture)) {
        return null;
      }
    }
    return prefecture;
  }

  /** The division that every one of {@code candidates} lies in, most precise, or null. */
  private Division sharedParent(List<Division> candidates) {
    List<Division> first = divisions.chain(candidates.get(0));
    for (Division ancestor : first.subList(1, first.size())) {
      boolean all = true;
      for (Division d : candidates) {
        all &= divisions.chain(d).contains(ancestor);
      }
      if (all) {
        return ancestor;
      }
    }
    return null;
  }

  private static String joined(List<Division> list, String separator) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      text.append(i == 0 ? "" : separator).append(list.get(i).code()).append(' ').append(list.get(i).name());
    }
    return text.toString();
  }

  /** The placer over the embedded divisions: made on first use, once, safely across threads. */
  static ZonePlacer embedded() {
    return Embedded.INSTANCE;
  }

  private static final class Embedded {
    static final ZonePlacer INSTANCE = new ZonePlacer(Divisions.gbt2260());
  }
}
