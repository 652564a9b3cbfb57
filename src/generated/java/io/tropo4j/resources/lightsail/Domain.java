// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a domain where you are storing recordsets.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Domain}.
 */
public final class Domain extends Resource<Domain> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Domain")
      .required("DomainName")
      .refYields("DomainName")
      .attributes("Arn", "CreatedAt", "Location", "ResourceType", "SupportCode")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Domain(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of key-value pairs containing information about the domain entries.
   *
   * <p>CloudFormation property {@code DomainEntries}.
   */
  public Domain domainEntries(List<DomainEntry> value) {
    return set("DomainEntries", Value.listOf(value));
  }

  /** Sets {@code DomainEntries} to this value; see {@link #domainEntries(List)}. */
  public Domain domainEntries(Value<List<DomainEntry>> value) {
    return set("DomainEntries", value);
  }

  /** Sets {@code DomainEntries} to a list of these; see {@link #domainEntries(List)}. */
  public Domain domainEntries(DomainEntry... values) {
    return set("DomainEntries", Value.list(values));
  }

  /**
   * The fully qualified domain name in the certificate request.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public Domain domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public Domain domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The tag keys and optional values for the resource. For more information about tags in
   * Lightsail, see the <a
   * href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags">Amazon
   * Lightsail Developer Guide</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Domain tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Domain tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Domain tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the domain recordset (
   * <code>arn:aws:lightsail:global:123456789101:Domain/824cede0-abc7-4f84-8dbc-12345EXAMPLE</code>
   * ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date when the domain recordset was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The AWS Region and Availability Zone where the domain was created (read-only).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location}.
   */
  public Value<Location> location() {
    return getAtt("Location");
  }

  /**
   * The resource type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The support code. Include this code in your email to support when you have questions about an
   * instance or another resource in Lightsail. This code enables our support team to look up your
   * Lightsail information more easily.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportCode}.
   */
  public Value<String> supportCode() {
    return getAtt("SupportCode");
  }

  /**
   * Describes a domain recordset entry.
   *
   * <p>Property type {@code AWS::Lightsail::Domain.DomainEntry}.
   */
  public static final class DomainEntry extends Struct<DomainEntry> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Domain.DomainEntry")
        .required("Name", "Target", "Type")
        .allowed("Type", "A", "AAAA", "CNAME", "MX", "NS", "SOA", "SRV", "TXT")
        .build();

    public DomainEntry() {
      super(SCHEMA);
    }

    /**
     * The ID of the domain recordset entry.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public DomainEntry id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public DomainEntry id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * When <code>true</code> , specifies whether the domain entry is an alias used by the Lightsail
     * load balancer, Lightsail container service, Lightsail content delivery network (CDN)
     * distribution, or another AWS resource. You can include an alias (A type) record in your
     * request, which points to the DNS name of a load balancer, container service, CDN
     * distribution, or other AWS resource and routes traffic to that resource.
     *
     * <p>CloudFormation property {@code IsAlias}.
     */
    public DomainEntry isAlias(boolean value) {
      return set("IsAlias", Value.of(value));
    }

    /** Sets {@code IsAlias} to this value; see {@link #isAlias(boolean)}. */
    public DomainEntry isAlias(Value<Boolean> value) {
      return set("IsAlias", value);
    }

    /**
     * The name of the domain.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public DomainEntry name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DomainEntry name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The target IP address ( <code>192.0.2.0</code> ), or AWS name server (
     * <code>ns-111.awsdns-22.com.</code> ).
     *
     * <p>For Lightsail load balancers, the value looks like
     * <code>ab1234c56789c6b86aba6fb203d443bc-123456789.us-east-2.elb.amazonaws.com</code> . For
     * Lightsail distributions, the value looks like <code>exampled1182ne.cloudfront.net</code> .
     * For Lightsail container services, the value looks like
     * <code>container-service-1.example23scljs.us-west-2.cs.amazonlightsail.com</code> . Be sure to
     * also set <code>isAlias</code> to <code>true</code> when setting up an A record for a
     * Lightsail load balancer, distribution, or container service.
     *
     * <p>Required. CloudFormation property {@code Target}.
     */
    public DomainEntry target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public DomainEntry target(Value<String> value) {
      return set("Target", value);
    }

    /**
     * The type of domain entry, such as address for IPv4 (A), address for IPv6 (AAAA), canonical
     * name (CNAME), mail exchanger (MX), name server (NS), start of authority (SOA), service
     * locator (SRV), or text (TXT).
     *
     * <p>The following domain entry types can be used:
     *
     * <ul> <li><code>A</code> <li><code>AAAA</code> <li><code>CNAME</code> <li><code>MX</code>
     * <li><code>NS</code> <li><code>SOA</code> <li><code>SRV</code> <li><code>TXT</code> </ul>
     *
     * <p>Required. Allowed values: {@code A}, {@code AAAA}, {@code CNAME}, {@code MX}, {@code NS},
     * {@code SOA}, {@code SRV}, {@code TXT}. CloudFormation property {@code Type}.
     */
    public DomainEntry type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DomainEntry type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The AWS Region and Availability Zone where the domain was created (read-only).
   *
   * <p>Property type {@code AWS::Lightsail::Domain.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Domain.Location");

    public Location() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public Location availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public Location availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The AWS Region name.
     *
     * <p>CloudFormation property {@code RegionName}.
     */
    public Location regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public Location regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }
}
