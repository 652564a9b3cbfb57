package io.tropo4j.deploy.stackset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Instances as CloudFormation's instance calls take them: each call names accounts and regions and
 * means every pair of them, so places that share their values are grouped into as few exact products
 * as their shape allows (one, for a whole fleet of the same values).
 */
final class Batches {
  /** Accounts × regions, with the parameter values they override. */
  record Batch(List<String> accounts, List<String> regions, Map<String, String> overrides) {
    int size() {
      return accounts.size() * regions.size();
    }
  }

  /** A place and its overrides. */
  record Place(String account, String region, Map<String, String> overrides) {}

  private Batches() {}

  /**
   * @param places the pairs to cover, each exactly once
   * @param regionOrder the order regions are given in; others after them as they come
   */
  static List<Batch> of(List<Place> places, List<String> regionOrder) {
    // values -> region -> accounts
    Map<Map<String, String>, Map<String, Set<String>>> byValues = new LinkedHashMap<>();
    for (Place place : places) {
      byValues.computeIfAbsent(place.overrides(), k -> new LinkedHashMap<>())
          .computeIfAbsent(place.region(), k -> new TreeSet<>()).add(place.account());
    }
    List<Batch> batches = new ArrayList<>();
    byValues.forEach((values, regions) -> {
      Map<Set<String>, List<String>> byAccounts = new LinkedHashMap<>();
      ordered(regions.keySet(), regionOrder).forEach(region ->
          byAccounts.computeIfAbsent(regions.get(region), k -> new ArrayList<>()).add(region));
      byAccounts.forEach((accounts, regionList) -> batches.add(new Batch(List.copyOf(accounts), List.copyOf(regionList),
          values)));
    });
    return batches;
  }

  private static List<String> ordered(Set<String> regions, List<String> order) {
    List<String> sorted = new ArrayList<>();
    order.stream().filter(regions::contains).forEach(sorted::add);
    regions.stream().filter(r -> !sorted.contains(r)).forEach(sorted::add);
    return sorted;
  }
}
