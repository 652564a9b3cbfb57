// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * High-level information about a list of firewall domains for use in a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-route53resolver-firewallrulegroup-rule.html">AWS::Route53Resolver::FirewallRule</a>
 * . This is returned by <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_GetFirewallDomainList.html">GetFirewallDomainList</a>
 * .
 *
 * <p>To retrieve the domains that are defined for this domain list, call <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallDomains.html">ListFirewallDomains</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::FirewallDomainList}.
 */
public final class FirewallDomainList extends Resource<FirewallDomainList> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::FirewallDomainList")
      .constrain("DomainFileUrl", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Domains", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Arn", "CreationTime", "CreatorRequestId", "DomainCount", "Id",
          "ManagedOwnerName", "ModificationTime", "Status", "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FirewallDomainList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The fully qualified URL or URI of the file stored in Amazon Simple Storage Service (Amazon S3)
   * that contains the list of domains to import.
   *
   * <p>The file must be in an S3 bucket that's in the same Region as your DNS Firewall. The file
   * must be a text file and must contain a single domain per line.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code DomainFileUrl}.
   */
  public FirewallDomainList domainFileUrl(String value) {
    return set("DomainFileUrl", Value.of(value));
  }

  /** Sets {@code DomainFileUrl} to this value; see {@link #domainFileUrl(String)}. */
  public FirewallDomainList domainFileUrl(Value<String> value) {
    return set("DomainFileUrl", value);
  }

  /**
   * A list of the domain lists that you have defined.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Domains}.
   */
  public FirewallDomainList domains(List<String> value) {
    return set("Domains", Value.listOf(value));
  }

  /** Sets {@code Domains} to this value; see {@link #domains(List)}. */
  public FirewallDomainList domains(Value<List<String>> value) {
    return set("Domains", value);
  }

  /**
   * The name of the domain list.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * (?!^[0-9]+$)([a-zA-Z0-9&#92;-_' ']+)}. CloudFormation property {@code Name}.
   */
  public FirewallDomainList name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FirewallDomainList name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of the tag keys and values that you want to associate with the domain list.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FirewallDomainList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FirewallDomainList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FirewallDomainList tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the firewall domain list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the domain list was created, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A unique string defined by you to identify the request. This allows you to retry failed
   * requests without the risk of running the operation twice. This can be any unique string, for
   * example, a timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatorRequestId}.
   */
  public Value<String> creatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /**
   * The number of domain names that are specified in the domain list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainCount}.
   */
  public Value<Integer> domainCount() {
    return getAtt("DomainCount");
  }

  /**
   * The ID of the domain list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The owner of the list, used only for lists that are not managed by you. For example, the
   * managed domain list <code>AWSManagedDomainsMalwareDomainList</code> has the managed owner name
   * <code>Route 53 Resolver DNS Firewall</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedOwnerName}.
   */
  public Value<String> managedOwnerName() {
    return getAtt("ManagedOwnerName");
  }

  /**
   * The date and time that the domain list was last modified, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModificationTime}.
   */
  public Value<String> modificationTime() {
    return getAtt("ModificationTime");
  }

  /**
   * The status of the domain list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Additional information about the status of the list, if available.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }
}
