package io.tropo4j.deploy;

/**
 * A StackSet's stack in one account and region, as CloudFormation lists it.
 *
 * @param organizationalUnit the unit it was deployed through (service-managed), or null
 * @param status CURRENT, OUTDATED or INOPERABLE
 * @param detailedStatus what the last operation made of it: SUCCEEDED, FAILED, RUNNING, PENDING, ...
 * @param reason why it is not current, as CloudFormation words it, or null
 */
public record FleetInstance(String account, String region, String organizationalUnit, String status, String detailedStatus,
    String reason) {
  /** Where it is: "111111111111 us-east-1". */
  public String place() {
    return account + " " + region;
  }
}
