// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a service. A service is any software application that can run on instances containers, or
 * serverless functions within an account or virtual private cloud (VPC).
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/services.html">Services</a> in the
 * <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::Service}.
 */
public final class Service extends Resource<Service> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Service")
      .allowed("AuthType", "NONE", "AWS_IAM")
      .constrain("CertificateArn", Constraint.of().pattern("^(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:certificate/[0-9a-z-]+)?$").maxLength(2048).format("AWS::ACM::Certificate.Arn"))
      .constrain("CustomDomainName", Constraint.of().minLength(3).maxLength(255))
      .constrain("IdleTimeoutSeconds", Constraint.of().minimum(60).maximum(600))
      .constrain("Name", Constraint.of().pattern("^(?!svc-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$").minLength(3).maxLength(40))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "DnsEntry.DomainName", "DnsEntry.HostedZoneId", "Id",
          "LastUpdatedAt", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Service(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of IAM policy.
   *
   * <ul> <li><code>NONE</code> : The resource does not use an IAM policy. This is the default.
   * <li><code>AWS_IAM</code> : The resource uses an IAM policy. When this type is used, auth is
   * enabled and an auth policy is required. </ul>
   *
   * <p>Allowed values: {@code NONE}, {@code AWS_IAM}. Default: {@code "NONE"}. CloudFormation
   * property {@code AuthType}.
   */
  public Service authType(String value) {
    return set("AuthType", Value.of(value));
  }

  /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
  public Service authType(Value<String> value) {
    return set("AuthType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the certificate.
   *
   * <p>Length: at most 2048 characters. Pattern: {@code
   * ^(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:certificate/[0-9a-z-]+)?$}.
   * Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
   */
  public Service certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public Service certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * The custom domain name of the service.
   *
   * <p>Changing it replaces the resource. Length: 3 to 255 characters. CloudFormation property
   * {@code CustomDomainName}.
   */
  public Service customDomainName(String value) {
    return set("CustomDomainName", Value.of(value));
  }

  /** Sets {@code CustomDomainName} to this value; see {@link #customDomainName(String)}. */
  public Service customDomainName(Value<String> value) {
    return set("CustomDomainName", value);
  }

  /**
   * Describes the DNS information of the service. This field is read-only.
   *
   * <p>CloudFormation property {@code DnsEntry}.
   */
  public Service dnsEntry(Value<DnsEntry> value) {
    return set("DnsEntry", value);
  }

  /** Range: 60 to 600. CloudFormation property {@code IdleTimeoutSeconds}. */
  public Service idleTimeoutSeconds(int value) {
    return set("IdleTimeoutSeconds", Value.of(value));
  }

  /** Sets {@code IdleTimeoutSeconds} to this value; see {@link #idleTimeoutSeconds(int)}. */
  public Service idleTimeoutSeconds(Value<Integer> value) {
    return set("IdleTimeoutSeconds", value);
  }

  /**
   * The name of the service. The name must be unique within the account. The valid characters are
   * a-z, 0-9, and hyphens (-). You can't use a hyphen as the first or last character, or
   * immediately after another hyphen.
   *
   * <p>If you don't specify a name, CloudFormation generates one. However, if you specify a name,
   * and later want to replace the resource, you must specify a new name.
   *
   * <p>Changing it replaces the resource. Length: 3 to 40 characters. Pattern: {@code
   * ^(?!svc-)(?![-])(?!.*[-]$)(?!.*[-]{2})[a-z0-9-]+$}. CloudFormation property {@code Name}.
   */
  public Service name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Service name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags for the service.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Service tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Service tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Service tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the service was created, specified in ISO-8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The domain name of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsEntry.DomainName}.
   */
  public Value<String> dnsEntryDomainName() {
    return getAtt("DnsEntry.DomainName");
  }

  /**
   * The ID of the hosted zone.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsEntry.HostedZoneId}.
   */
  public Value<String> dnsEntryHostedZoneId() {
    return getAtt("DnsEntry.HostedZoneId");
  }

  /**
   * The ID of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time that the service was last updated, specified in ISO-8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The status of the service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Describes the DNS information of a service.
   *
   * <p>Property type {@code AWS::VpcLattice::Service.DnsEntry}.
   */
  public static final class DnsEntry extends Struct<DnsEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::Service.DnsEntry")
        .constrain("HostedZoneId", Constraint.of().format("AWS::Route53::AliasTarget.HostedZoneId"))
        .build();

    public DnsEntry() {
      super(SCHEMA);
    }

    /**
     * The domain name of the service.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public DnsEntry domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public DnsEntry domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The ID of the hosted zone.
     *
     * <p>Format: {@code AWS::Route53::AliasTarget.HostedZoneId}. CloudFormation property {@code
     * HostedZoneId}.
     */
    public DnsEntry hostedZoneId(String value) {
      return set("HostedZoneId", Value.of(value));
    }

    /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
    public DnsEntry hostedZoneId(Value<String> value) {
      return set("HostedZoneId", value);
    }
  }
}
