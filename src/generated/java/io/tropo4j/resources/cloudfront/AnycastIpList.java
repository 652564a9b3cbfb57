// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An Anycast static IP list. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/request-static-ips.html">Request
 * Anycast static IPs to use for allowlisting</a> in the <em>Amazon CloudFront Developer Guide</em>
 * .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::AnycastIpList}.
 */
public final class AnycastIpList extends Resource<AnycastIpList> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::AnycastIpList")
      .required("IpCount", "Name")
      .allowed("IpAddressType", "ipv4", "dualstack")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]{1,64}$").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("AnycastIpList", "ETag", "Id", "IpamCidrConfigResults")
      .build();

  public AnycastIpList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IP address type for the Anycast static IP list.
   *
   * <p>Allowed values: {@code ipv4}, {@code dualstack}. CloudFormation property {@code
   * IpAddressType}.
   */
  public AnycastIpList ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public AnycastIpList ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The number of IP addresses in the Anycast static IP list.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpCount}.
   */
  public AnycastIpList ipCount(int value) {
    return set("IpCount", Value.of(value));
  }

  /** Sets {@code IpCount} to this value; see {@link #ipCount(int)}. */
  public AnycastIpList ipCount(Value<Integer> value) {
    return set("IpCount", value);
  }

  /**
   * A list of IPAM CIDR configurations that define the IP address ranges, IPAM pools, and
   * associated Anycast IP addresses.
   *
   * <p>CloudFormation property {@code IpamCidrConfigs}.
   */
  public AnycastIpList ipamCidrConfigs(List<IpamCidrConfig> value) {
    return set("IpamCidrConfigs", Value.listOf(value));
  }

  /** Sets {@code IpamCidrConfigs} to this value; see {@link #ipamCidrConfigs(List)}. */
  public AnycastIpList ipamCidrConfigs(Value<List<IpamCidrConfig>> value) {
    return set("IpamCidrConfigs", value);
  }

  /** Sets {@code IpamCidrConfigs} to a list of these; see {@link #ipamCidrConfigs(List)}. */
  public AnycastIpList ipamCidrConfigs(IpamCidrConfig... values) {
    return set("IpamCidrConfigs", Value.list(values));
  }

  /**
   * The name of the Anycast static IP list.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]{1,64}$}. CloudFormation property {@code Name}.
   */
  public AnycastIpList name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AnycastIpList name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AnycastIpList tags(Value<Tags> value) {
    return set("Tags", value);
  }

  /**
   * An Anycast static IP list. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/request-static-ips.html">Request
   * Anycast static IPs to use for allowlisting</a> in the <em>Amazon CloudFront Developer
   * Guide</em>.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AnycastIpList}.
   */
  public Value<AnycastIpListProperty> anycastIpList() {
    return getAtt("AnycastIpList");
  }

  /**
   * A complex type that contains <code>Tag</code> key and <code>Tag</code> value.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ETag}.
   */
  public Value<String> eTag() {
    return getAtt("ETag");
  }

  /**
   * The ID of the Anycast static IP list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The results for the IPAM CIDRs that defines a specific IP address range, IPAM pool, and
   * associated Anycast IP address.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamCidrConfigResults}.
   */
  public Value<List<IpamCidrConfigResult>> ipamCidrConfigResults() {
    return getAtt("IpamCidrConfigResults");
  }

  /**
   * An Anycast static IP list. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/request-static-ips.html">Request
   * Anycast static IPs to use for allowlisting</a> in the <em>Amazon CloudFront Developer
   * Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::AnycastIpList.AnycastIpList}.
   */
  public static final class AnycastIpListProperty extends Struct<AnycastIpListProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::AnycastIpList.AnycastIpList")
        .required("AnycastIps", "Arn", "Id", "IpCount", "LastModifiedTime", "Name", "Status")
        .allowed("IpAddressType", "ipv4", "dualstack")
        .build();

    public AnycastIpListProperty() {
      super(SCHEMA);
    }

    /**
     * The static IP addresses that are allocated to the Anycast static IP list.
     *
     * <p>Required. CloudFormation property {@code AnycastIps}.
     */
    public AnycastIpListProperty anycastIps(List<String> value) {
      return set("AnycastIps", Value.listOf(value));
    }

    /** Sets {@code AnycastIps} to this value; see {@link #anycastIps(List)}. */
    public AnycastIpListProperty anycastIps(Value<List<String>> value) {
      return set("AnycastIps", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Anycast static IP list.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public AnycastIpListProperty arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public AnycastIpListProperty arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The ID of the Anycast static IP list.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public AnycastIpListProperty id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AnycastIpListProperty id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The IP address type for the Anycast static IP list.
     *
     * <p>Allowed values: {@code ipv4}, {@code dualstack}. CloudFormation property {@code
     * IpAddressType}.
     */
    public AnycastIpListProperty ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public AnycastIpListProperty ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * The number of IP addresses in the Anycast static IP list.
     *
     * <p>Required. CloudFormation property {@code IpCount}.
     */
    public AnycastIpListProperty ipCount(int value) {
      return set("IpCount", Value.of(value));
    }

    /** Sets {@code IpCount} to this value; see {@link #ipCount(int)}. */
    public AnycastIpListProperty ipCount(Value<Integer> value) {
      return set("IpCount", value);
    }

    /**
     * The results for the IPAM CIDRs that defines a specific IP address range, IPAM pool, and
     * associated Anycast IP address.
     *
     * <p>CloudFormation property {@code IpamCidrConfigResults}.
     */
    public AnycastIpListProperty ipamCidrConfigResults(List<IpamCidrConfigResult> value) {
      return set("IpamCidrConfigResults", Value.listOf(value));
    }

    /**
     * Sets {@code IpamCidrConfigResults} to this value; see {@link #ipamCidrConfigResults(List)}.
     */
    public AnycastIpListProperty ipamCidrConfigResults(Value<List<IpamCidrConfigResult>> value) {
      return set("IpamCidrConfigResults", value);
    }

    /**
     * Sets {@code IpamCidrConfigResults} to a list of these; see {@link
     * #ipamCidrConfigResults(List)}.
     */
    public AnycastIpListProperty ipamCidrConfigResults(IpamCidrConfigResult... values) {
      return set("IpamCidrConfigResults", Value.list(values));
    }

    /**
     * The last time the Anycast static IP list was modified.
     *
     * <p>Required. CloudFormation property {@code LastModifiedTime}.
     */
    public AnycastIpListProperty lastModifiedTime(String value) {
      return set("LastModifiedTime", Value.of(value));
    }

    /** Sets {@code LastModifiedTime} to this value; see {@link #lastModifiedTime(String)}. */
    public AnycastIpListProperty lastModifiedTime(Value<String> value) {
      return set("LastModifiedTime", value);
    }

    /**
     * The name of the Anycast static IP list.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public AnycastIpListProperty name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AnycastIpListProperty name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The status of the Anycast static IP list. Valid values: <code>Deployed</code> ,
     * <code>Deploying</code> , or <code>Failed</code> .
     *
     * <p>Required. CloudFormation property {@code Status}.
     */
    public AnycastIpListProperty status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public AnycastIpListProperty status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Configuration for an IPAM CIDR that defines a specific IP address range, IPAM pool, and
   * associated Anycast IP address.
   *
   * <p>Property type {@code AWS::CloudFront::AnycastIpList.IpamCidrConfig}.
   */
  public static final class IpamCidrConfig extends Struct<IpamCidrConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::AnycastIpList.IpamCidrConfig")
        .required("Cidr", "IpamPoolArn")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .build();

    public IpamCidrConfig() {
      super(SCHEMA);
    }

    /**
     * The CIDR that specifies the IP address range for this IPAM configuration.
     *
     * <p>Required. Format: {@code ipv4-network}. CloudFormation property {@code Cidr}.
     */
    public IpamCidrConfig cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public IpamCidrConfig cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IPAM pool that the CIDR block is assigned to.
     *
     * <p>Required. CloudFormation property {@code IpamPoolArn}.
     */
    public IpamCidrConfig ipamPoolArn(String value) {
      return set("IpamPoolArn", Value.of(value));
    }

    /** Sets {@code IpamPoolArn} to this value; see {@link #ipamPoolArn(String)}. */
    public IpamCidrConfig ipamPoolArn(Value<String> value) {
      return set("IpamPoolArn", value);
    }
  }

  /**
   * The result for the IPAM CIDR that defines a specific IP address range, IPAM pool, and
   * associated Anycast IP address.
   *
   * <p>Property type {@code AWS::CloudFront::AnycastIpList.IpamCidrConfigResult}.
   */
  public static final class IpamCidrConfigResult extends Struct<IpamCidrConfigResult> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::AnycastIpList.IpamCidrConfigResult");

    public IpamCidrConfigResult() {
      super(SCHEMA);
    }

    /**
     * The specified Anycast IP address allocated from the IPAM pool for this CIDR configuration.
     *
     * <p>CloudFormation property {@code AnycastIp}.
     */
    public IpamCidrConfigResult anycastIp(String value) {
      return set("AnycastIp", Value.of(value));
    }

    /** Sets {@code AnycastIp} to this value; see {@link #anycastIp(String)}. */
    public IpamCidrConfigResult anycastIp(Value<String> value) {
      return set("AnycastIp", value);
    }

    /**
     * The CIDR that specifies the IP address range for this IPAM configuration.
     *
     * <p>CloudFormation property {@code Cidr}.
     */
    public IpamCidrConfigResult cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public IpamCidrConfigResult cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IPAM pool that the CIDR block is assigned to.
     *
     * <p>CloudFormation property {@code IpamPoolArn}.
     */
    public IpamCidrConfigResult ipamPoolArn(String value) {
      return set("IpamPoolArn", Value.of(value));
    }

    /** Sets {@code IpamPoolArn} to this value; see {@link #ipamPoolArn(String)}. */
    public IpamCidrConfigResult ipamPoolArn(Value<String> value) {
      return set("IpamPoolArn", value);
    }

    /**
     * The current status of the IPAM CIDR configuration.
     *
     * <p>CloudFormation property {@code Status}.
     */
    public IpamCidrConfigResult status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public IpamCidrConfigResult status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>Property type {@code AWS::CloudFront::AnycastIpList.Tags}.
   */
  public static final class Tags extends Struct<Tags> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::AnycastIpList.Tags");

    public Tags() {
      super(SCHEMA);
    }

    /**
     * A complex type that contains <code>Tag</code> elements.
     *
     * <p>CloudFormation property {@code Items}.
     */
    public Tags items(List<Tag> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public Tags items(Value<List<Tag>> value) {
      return set("Items", value);
    }
  }
}
