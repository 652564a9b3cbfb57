package io.tropo4j.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a fleet's stacks go: accounts (self-managed permissions) or organizational units (service-managed,
 * through AWS Organizations), each in every region given. The regions' order is the order a rollout takes
 * them in.
 */
public record FleetTargets(List<String> accounts, List<String> organizationalUnits, List<String> regions) {
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  // As the CloudFormation API reference gives them: an OU's ID, or the organization's root.
  private static final Pattern UNIT = Pattern.compile("ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]");

  public FleetTargets {
    accounts = List.copyOf(new LinkedHashSet<>(accounts));
    organizationalUnits = List.copyOf(new LinkedHashSet<>(organizationalUnits));
    regions = List.copyOf(new LinkedHashSet<>(regions));
  }

  /** Whether the text is an AWS account ID: 12 digits. */
  public static boolean isAccount(String text) {
    return ACCOUNT.matcher(text).matches();
  }

  /** Whether the text has the form of an AWS region's name, like us-east-1. */
  public static boolean isRegion(String text) {
    return REGION.matcher(text).matches();
  }

  /** No targets: for commands that then take every instance the StackSet has. */
  public static FleetTargets none() {
    return new FleetTargets(List.of(), List.of(), List.of());
  }

  public boolean isEmpty() {
    return accounts.isEmpty() && organizationalUnits.isEmpty() && regions.isEmpty();
  }

  /** Whether the targets are organizational units: the service-managed permission model. */
  public boolean byOrganization() {
    return !organizationalUnits.isEmpty();
  }

  /**
   * What is wrong with them, each naming the value and the option it came from; empty when they can go
   * to AWS. {@code complete}: a deploy needs regions and accounts or units, a delete may narrow by either.
   */
  public List<String> problems(boolean complete) {
    List<String> problems = new ArrayList<>();
    accounts.stream().filter(a -> !ACCOUNT.matcher(a).matches())
        .forEach(a -> problems.add("account '" + a + "' is not an AWS account ID (12 digits)"));
    organizationalUnits.stream().filter(u -> !UNIT.matcher(u).matches())
        .forEach(u -> problems.add("organizational unit '" + u + "' is not an OU ID (ou-xxxx-xxxxxxxx) or a root "
            + "ID (r-xxxx)"));
    regions.stream().filter(r -> !REGION.matcher(r).matches())
        .forEach(r -> problems.add("region '" + r + "' is not an AWS region name (like us-east-1)"));
    if (!accounts.isEmpty() && !organizationalUnits.isEmpty()) {
      problems.add("give accounts or organizational units, not both: accounts are for self-managed permissions, "
          + "units for service-managed ones through AWS Organizations");
    }
    if (complete && regions.isEmpty()) {
      problems.add("no regions: name at least one");
    }
    if (complete && accounts.isEmpty() && organizationalUnits.isEmpty()) {
      problems.add("no accounts or organizational units: name at least one");
    }
    return problems;
  }

  /** Whether an instance is among the targets: its account (or unit) and its region, each when given. */
  public boolean covers(FleetInstance instance) {
    boolean region = regions.isEmpty() || regions.contains(instance.region());
    boolean where = byOrganization() ? instance.organizationalUnit() != null
        && organizationalUnits.contains(instance.organizationalUnit())
        : accounts.isEmpty() || accounts.contains(instance.account());
    return region && where;
  }
}
